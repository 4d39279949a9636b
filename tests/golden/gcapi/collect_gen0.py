import gc
class A: pass
gc.collect()
a = A(); a.me = a
del a
print(gc.collect(0))
print(gc.collect(0))
