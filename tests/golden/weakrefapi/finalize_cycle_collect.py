import gc, weakref
class A: pass
gc.collect()
a = A(); a.me = a
weakref.finalize(a, print, "finalized in gc")
del a
print(gc.collect())
