import gc
class A: pass
gc.disable()
gc.collect()
a = A(); a.me = a
del a
print(gc.collect())
gc.enable()
