import gc
class A: pass
gc.collect()
def cb(phase, info):
    print(phase, sorted(info), info["generation"], info["collected"], info["uncollectable"])
gc.callbacks.append(cb)
a = A(); b = A(); a.b = b; b.a = a
del a, b
print(gc.collect())
gc.collect(0)
gc.callbacks.remove(cb)
print(gc.callbacks)
