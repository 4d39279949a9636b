import gc
c = gc.get_count()
print(type(c).__name__, len(c), all(type(n) is int for n in c))
gc.collect()
print(gc.get_count())
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
