import gc, weakref
class A: pass
gc.collect()
a = A()
a.r = weakref.ref(a, lambda w: print("never"))
a.me = a
del a
print(gc.collect())
