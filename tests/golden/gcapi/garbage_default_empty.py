import gc
class A: pass
a = A(); a.me = a
del a
gc.collect()
print(gc.garbage, type(gc.garbage).__name__)
