# An automatic collection runs inside the allocation that crosses threshold 0, before
# the new object is tracked: that object is not part of the collection, stays young,
# and its own count is reset with the others.
import gc


class Cell:
    def __init__(self, i):
        self.i = i
        self.me = self


gc.collect()
runs = []


def on_gc(phase, info):
    if phase == "stop":
        runs.append((info["generation"], info["collected"]))


gc.callbacks.append(on_gc)
gc.set_threshold(10, 10, 10)
counts = []
for i in range(25):
    Cell(i)
    counts.append(gc.get_count())
gc.set_threshold(5, 2, 2)
for i in range(30):
    c = Cell(i)
    counts.append(gc.get_count())
del c
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(on_gc)
print("runs:", runs)
print("counts:", counts[:25])
print("counts:", counts[25:])
print("left for an explicit collection:", gc.collect())

# A class without __init__: the new object is on the stack when refpy collects.
class Bare:
    pass


gc.collect()
made = []
gc.set_threshold(7, 10, 10)
for i in range(20):
    b = Bare()
    b.me = b
    made.append(gc.get_count()[0])
del b
gc.set_threshold(700, 10, 10)
print("bare counts:", made)
print("explicit:", gc.collect())
