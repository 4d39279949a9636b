# A list's item array and a dict's table are blocks of their own that CPython
# reallocates as the container grows: tracemalloc traces them at the line that made
# them grow last, not where the container was made.
import tracemalloc

tracemalloc.start()
data = []
for i in range(1000):
    data.append(i)
table = {}
for i in range(300):
    table[i] = None
texts = []
texts.extend(str(i) for i in range(50))
snapshot = tracemalloc.take_snapshot()
for stat in sorted(snapshot.statistics("lineno"), key=lambda s: s.traceback[0].lineno):
    frame = stat.traceback[0]
    if frame.filename == __file__ and frame.lineno < 15:
        print(frame.lineno, stat.size, stat.count)
tracemalloc.stop()
