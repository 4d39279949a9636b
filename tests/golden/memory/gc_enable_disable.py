import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
x = []
x.append(x)
del x
print(gc.collect())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}))
