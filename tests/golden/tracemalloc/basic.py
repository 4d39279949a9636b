import tracemalloc

print(tracemalloc.is_tracing())
tracemalloc.start()
print(tracemalloc.is_tracing())
print(tracemalloc.get_traceback_limit())


class Node:
    def __init__(self, i):
        self.i = i


def build(n):
    return [Node(i) for i in range(n)]


before, _ = tracemalloc.get_traced_memory()
data = build(10000)
mid, peak = tracemalloc.get_traced_memory()
print("grew", mid - before > 10000 * 40)
print("peak >= current", peak >= mid)
del data
after, peak2 = tracemalloc.get_traced_memory()
print("shrank back", after - before < 5000)
print("peak kept", peak2 >= mid)
tracemalloc.reset_peak()
cur, peak3 = tracemalloc.get_traced_memory()
print("peak reset", peak3 < mid)

tracemalloc.stop()
print(tracemalloc.is_tracing())
print(tracemalloc.get_traced_memory())
