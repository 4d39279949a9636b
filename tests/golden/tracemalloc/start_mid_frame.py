import tracemalloc

def report(snap, label):
    stats = [s for s in snap.statistics('lineno') if s.traceback[0].filename == __file__]
    print(label, [(s.traceback[0].lineno, s.size // 100000) for s in stats if s.size > 100000])

def start_here():
    tracemalloc.start()

def make(n):
    return [str(i) * 3 for i in range(n)]

def outer():
    start_here()
    a = [None] * 50000
    b = make(2000)
    return a, b

keep = outer()
c = bytearray(300000)
report(tracemalloc.take_snapshot(), "nested start")
tracemalloc.stop()
del keep, c

def gen():
    tracemalloc.start()
    yield 1
    big = [0] * 40000
    yield big

g = gen()
next(g)
d = bytearray(250000)
held = next(g)
report(tracemalloc.take_snapshot(), "generator start")
tracemalloc.stop()
del d, held, g

class Box:
    def begin(self):
        tracemalloc.start()
        return self

results = []
for i in range(3):
    if i == 1:
        Box().begin()
    results.append(bytearray(120000))
report(tracemalloc.take_snapshot(), "loop start")
tracemalloc.stop()

def key(x):
    if x == 2:
        tracemalloc.start()
    return x
order = sorted([3, 2, 1], key=key)
e = [1] * 30000
report(tracemalloc.take_snapshot(), "start in key function")
tracemalloc.stop()
tracemalloc.start()
f = bytes(200000)
report(tracemalloc.take_snapshot(), "restart")
tracemalloc.stop()
