import gc
gc.collect()
print(gc.get_freeze_count())
keep = [[]]
gc.freeze()
print(gc.get_freeze_count() > 0)
print(any(o is keep for o in gc.get_objects()), gc.is_tracked(keep))
gc.unfreeze()
print(gc.get_freeze_count())
print(any(o is keep for o in gc.get_objects(2)))
