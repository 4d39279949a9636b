import gc, weakref
class A: pass
gc.collect()
def cb(r):
    print("callback, nested collect ->", gc.collect())
a = A(); a.me = a
r = weakref.ref(a, cb)
del a
print(gc.collect())
print(r())
