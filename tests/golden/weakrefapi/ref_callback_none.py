import weakref
class A: pass
a = A()
r1 = weakref.ref(a, None)
r2 = weakref.ref(a)
print(r1 is r2, r1.__callback__)
