import weakref
class A: pass
a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2)
r3 = weakref.ref(a, lambda w: None)
r4 = weakref.ref(a, lambda w: None)
print(r3 is r1, r3 is r4)
print(weakref.getweakrefcount(a))
