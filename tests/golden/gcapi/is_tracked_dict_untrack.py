import gc
d = {"a": []}
print(gc.is_tracked(d))
d["a"] = 1
print(gc.is_tracked(d))
gc.collect(0)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
