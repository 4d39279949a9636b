# Comparing tracemalloc snapshots to find what allocated memory
import tracemalloc

tracemalloc.start()

def make_data(n):
    return [str(i) * 10 for i in range(n)]

snap1 = tracemalloc.take_snapshot()
data = make_data(1000)
more = {i: [i] * 5 for i in range(200)}
snap2 = tracemalloc.take_snapshot()

stats = snap2.compare_to(snap1, "lineno")
mine = [s for s in stats if s.traceback[0].filename == __file__ and s.size_diff > 0]
mine.sort(key=lambda s: s.traceback[0].lineno)
for s in mine:
    frame = s.traceback[0]
    # Block counts depend on the interpreter's free lists; sizes in KiB are steadier.
    print(f"line {frame.lineno}: grew by more than 10 KiB: {s.size_diff > 10240}")

current, peak = tracemalloc.get_traced_memory()
print("current > 0:", current > 0, "peak >= current:", peak >= current)

del data
snap3 = tracemalloc.take_snapshot()
freed = [s for s in snap3.compare_to(snap2, "lineno")
         if s.traceback[0].filename == __file__ and s.size_diff < 0]
for s in sorted(freed, key=lambda s: s.traceback[0].lineno):
    print(f"freed at line {s.traceback[0].lineno}: {s.count_diff < -500} (many blocks)")

top = snap3.statistics("filename")
print("has stats:", len(top) > 0, type(top[0]).__name__)
print("traceback limit:", tracemalloc.get_traceback_limit())
print("is tracing:", tracemalloc.is_tracing())
tracemalloc.reset_peak()
tracemalloc.stop()
print("is tracing after stop:", tracemalloc.is_tracing())
print(tracemalloc.get_traced_memory())
