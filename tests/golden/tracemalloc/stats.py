import tracemalloc


def basename(p):
    return p.replace("\\", "/").split("/")[-1]


class Plain:
    pass


def make_plain():
    return Plain()


class Node:
    __slots__ = ("i",)

    def __init__(self, i):
        self.i = i


def build(n):
    out = []
    for i in range(n):
        out.append(Node(i))  # the allocating line
    return out


tracemalloc.start()
snap1 = tracemalloc.take_snapshot()
data = build(2000)
snap2 = tracemalloc.take_snapshot()

top = snap2.statistics('lineno')[0]
frame = top.traceback[0]
print(basename(frame.filename), frame.lineno)
print(str(top.traceback) == "%s:%s" % (frame.filename, frame.lineno))
print(top.count >= 2000, top.size > 0)
print(str(top).startswith(str(top.traceback) + ": size="))
print(", count=%i, average=" % top.count in str(top))
print(type(top).__name__, type(frame).__name__)

by_file = snap2.statistics('filename')
print(any(basename(s.traceback[0].filename) == "stats.py" for s in by_file))
print(all(s.traceback[0].lineno == 0 for s in by_file))

tb = tracemalloc.get_object_traceback(data[5])
print(type(tb).__name__, len(tb), tb[0].lineno)
print(tb.format()[0].endswith('line 26'), tb.format()[1].strip())
print(tracemalloc.get_object_traceback(make_plain()))

diff = snap2.compare_to(snap1, 'lineno')
d = diff[0]
print(type(d).__name__, d.traceback[0].lineno, d.size_diff > 0, d.count_diff >= 2000)
print(" (+" in str(d))

del data
snap3 = tracemalloc.take_snapshot()
diff = snap3.compare_to(snap2, 'lineno')
d = [s for s in diff if s.traceback[0].lineno == 26][0]
print(d.size_diff < 0, d.count_diff <= -2000, d.count)

filtered = snap2.filter_traces([tracemalloc.Filter(True, "*stats.py")])
print(all(t.traceback[0].filename.endswith("stats.py") for t in filtered.traces))
excluded = snap2.filter_traces([tracemalloc.Filter(False, "*stats.py")])
print(any(t.traceback[0].filename.endswith("stats.py") for t in excluded.traces))

tracemalloc.clear_traces()
print(tracemalloc.get_object_traceback(snap2) is None)
tracemalloc.stop()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError", e)
