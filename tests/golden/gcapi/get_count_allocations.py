import gc
gc.collect()
before = gc.get_count()[0]
xs = [[] for _ in range(100)]
after = gc.get_count()[0]
print(after - before >= 100)
