import gc
gc.collect()
keep = [[]]
print(any(o is keep for o in gc.get_objects(0)))
gc.collect(0)
print(any(o is keep for o in gc.get_objects(0)), any(o is keep for o in gc.get_objects(1)))
gc.collect(1)
print(any(o is keep for o in gc.get_objects(1)), any(o is keep for o in gc.get_objects(2)))
