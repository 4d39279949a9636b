import gc
class A: pass
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = A(); b = A(); a.b = b; b.a = a
del a, b
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
