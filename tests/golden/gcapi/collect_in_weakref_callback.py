import gc, weakref
class A: pass
class B: pass
gc.collect()
def cb(r):
    print("callback, collect ->", gc.collect())
a = A()
r = weakref.ref(a, cb)
b = B(); b.me = b
del b
del a
print("end")
