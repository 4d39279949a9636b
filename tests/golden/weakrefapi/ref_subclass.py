import weakref
class A: pass
class MyRef(weakref.ref):
    pass
a = A()
r = MyRef(a)
print(type(r).__name__, isinstance(r, weakref.ref), r() is a)
print(r is weakref.ref(a))
