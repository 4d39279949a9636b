# tracemalloc counts what a container grows to after it is made (a list's item array,
# a dict's table, a set's table are blocks of their own), not only its empty header.
import tracemalloc

def kib(n):
    return n // 10240 * 10

tracemalloc.start()
rows = [list(range(100)) for _ in range(100)]
snap = tracemalloc.take_snapshot()
top = snap.statistics("lineno")[0]
print("list of lists: line", top.traceback[0].lineno, "~", kib(top.size), "KiB, blocks >= 200:",
      top.count >= 200)
del snap, top
before = tracemalloc.get_traced_memory()[0]
grown = []
for i in range(20000):
    grown.append(None)
after = tracemalloc.get_traced_memory()[0]
print("appending 20000 items grows the traced size by ~", kib(after - before), "KiB")
grown.clear()
cleared = tracemalloc.get_traced_memory()[0]
print("clear() gives it back:", cleared - before < 1024)
table = {}
for i in range(5000):
    table[i] = None
print("dict table counted:", tracemalloc.get_traced_memory()[0] - cleared > 100000)
mark = tracemalloc.get_traced_memory()[0]
bag = set()
for i in range(5000):
    bag.add(i)
print("set table counted:", tracemalloc.get_traced_memory()[0] - mark > 100000)
cur, peak = tracemalloc.get_traced_memory()
print("peak >= current:", peak >= cur)
tracemalloc.stop()
