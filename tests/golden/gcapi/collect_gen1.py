import gc
class A: pass
gc.collect()
a = A(); b = A(); a.b = b; b.a = a
del a, b
print(gc.collect(1))
print(gc.get_count()[1:])
