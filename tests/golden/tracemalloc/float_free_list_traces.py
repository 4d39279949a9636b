# CPython keeps up to 100 dead floats on a free list: their blocks stay allocated, so
# their traces stay (with the traceback of the allocation); a float taken back from the
# list is traced where it is reused (_PyTraceMalloc_NewReference) if its block was
# traced, and stays untraced if it was parked before tracing started.
import tracemalloc

warm = [float(i) + 0.5 for i in range(150)]
del warm  # the free list is full now, of untraced blocks
tracemalloc.start()
a = 1.5
b = a * 2.0
print("reused from before start:", tracemalloc.get_object_traceback(b) is None)

x = [i * 0.5 for i in range(200)]
cur, _ = tracemalloc.get_traced_memory()
del x
cur2, _ = tracemalloc.get_traced_memory()
print("freed beyond the free list:", cur - cur2)
y = [i * 0.25 for i in range(50)]
cur3, _ = tracemalloc.get_traced_memory()
print("50 reused floats add only the list:", cur3 - cur2)
snap = tracemalloc.take_snapshot()
for s in sorted(snap.statistics('lineno'), key=lambda s: s.traceback[0].lineno):
    if s.traceback[0].lineno in (14, 19):
        print(s.traceback[0].lineno, s.size, s.count)
tb = tracemalloc.get_object_traceback(y[0])
print("reused float traced at line", tb[0].lineno)
n = 7
z = n / 2
print(tracemalloc.get_object_traceback(z)[0].lineno)
tracemalloc.stop()
