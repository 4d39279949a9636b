import weakref
class A: pass
a = A()
r = weakref.ref(a)
del a
try:
    hash(r)
except TypeError as e:
    print(type(e).__name__, e)
