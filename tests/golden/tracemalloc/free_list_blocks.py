# Lists, dicts and tuples that CPython's free lists serve reuse a block allocated
# earlier: untraced when that was before tracing started (only their items array or
# table is traced then), else traced again at the new line.
import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def lines(snapshot, first, last):
    out = []
    for stat in snapshot.statistics("lineno"):
        frame = stat.traceback[0]
        if frame.filename == __file__ and first <= frame.lineno <= last:
            out.append(str(stat).replace(__file__, "FILE"))
    return sorted(out)


tracemalloc.start()
points = [Point(i, i) for i in range(1000)]
names = ["name-%d" % i for i in range(1000)]
lookup = {n: p for n, p in zip(names, points)}
for line in lines(tracemalloc.take_snapshot(), 23, 25):
    print(line)
print("list object traceback:", tracemalloc.get_object_traceback(names))
print("dict object traceback:", tracemalloc.get_object_traceback(lookup))
tracemalloc.stop()

