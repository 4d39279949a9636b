import weakref
class A: pass
a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda w: None)
print(r1 == r2, r1 != r2, hash(r1) == hash(a), hash(r2) == hash(a))
b = A()
print(r1 == weakref.ref(b))
h = hash(r1)
del a
print(r1 == r2, r1 == r1, hash(r1) == h)
