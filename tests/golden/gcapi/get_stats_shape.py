import gc
gc.collect()
stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for s in stats:
    print(type(s).__name__, sorted(s), sorted(type(v).__name__ for v in s.values()))
before = gc.get_stats()[2]["collections"]
gc.collect()
print(gc.get_stats()[2]["collections"] - before)
