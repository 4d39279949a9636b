import weakref
class A: pass
a = A()
r = weakref.ref(a)
p = weakref.proxy(a)
del a
print(r(), r() is None, weakref.getweakrefcount(r))
try:
    p.x
except ReferenceError as e:
    print(type(e).__name__, e)
print(bool(r))
