import weakref
class S:
    __slots__ = ("a",)
class W:
    __slots__ = ("a", "__weakref__")
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
w = W()
print(weakref.ref(w)() is w)
class Sub(S): pass
print(weakref.ref(Sub()) is not None)
