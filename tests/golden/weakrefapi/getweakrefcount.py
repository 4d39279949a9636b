import weakref
class A: pass
a = A()
print(weakref.getweakrefcount(a))
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda w: None)
p = weakref.proxy(a)
print(weakref.getweakrefcount(a))
del r2
print(weakref.getweakrefcount(a))
print(weakref.getweakrefcount(1), weakref.getweakrefcount([]))
