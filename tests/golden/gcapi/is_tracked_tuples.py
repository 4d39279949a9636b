import gc
t = tuple([1, 2])
print(gc.is_tracked(t))
u = tuple([[], 1])
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
print(gc.is_tracked(()))
