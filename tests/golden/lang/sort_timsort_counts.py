# list.sort / sorted make exactly CPython's `<` comparisons (timsort: runs, minrun,
# binary insertion, powersort merges, galloping): counted, and logged as (a, b) pairs.
import random


class K:
    __slots__ = ("v",)
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        K.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "K(%r)" % (self.v,)


def digest(log):
    h = 0
    for a, b in log:
        h = (h * 1000003 + hash((a, b))) & 0xFFFFFFFFFFFF
    return h


def run(data, **kw):
    K.log = []
    items = [K(x) for x in data]
    items.sort(**kw)
    expect = sorted(data, reverse=kw.get("reverse", False))
    assert [k.v for k in items] == expect, (data, kw)
    return len(K.log), digest(K.log)


rng = random.Random(20240611)

# Small cases, full logs.
for data in ([], [1], [1, 2], [2, 1], [1, 1], [3, 1, 2], [1, 3, 2, 5, 4], [5, 4, 3, 2, 1],
             [2, 2, 1, 1, 3, 3], list(range(10)), list(range(10, 0, -1))):
    K.log = []
    items = [K(x) for x in data]
    items.sort()
    print(data, K.log)
    K.log = []
    items = [K(x) for x in data]
    items.sort(reverse=True)
    print(" rev", K.log)

# Sizes around minrun and the power-of-two boundaries.
sizes = [0, 1, 2, 3, 4, 7, 8, 15, 16, 31, 32, 33, 50, 63, 64, 65, 66, 96, 100, 127, 128, 129,
         200, 255, 256, 257, 500, 777, 1000, 1500, 2000]
for n in sizes:
    rand = [rng.random() for _ in range(n)]
    few = [rng.randrange(4) for _ in range(n)]
    print(n, "random", run(rand), "rev", run(rand, reverse=True))
    print(n, "few", run(few), "rev", run(few, reverse=True))
    print(n, "sorted", run(sorted(rand))[0], "descending", run(sorted(rand, reverse=True))[0],
          "rev-sorted", run(sorted(rand), reverse=True)[0])

# Ascending and strictly descending runs of random lengths; plateaus break descents.
for n in [40, 200, 700, 2000]:
    data = []
    while len(data) < n:
        run_len = rng.randrange(1, 120)
        part = sorted(rng.randrange(1000) for _ in range(run_len))
        if rng.random() < 0.5:
            part.reverse()
        data += part
    print(n, "runs", run(data), run(data, reverse=True))

# Data that makes merges gallop, then stop galloping (min_gallop adapts).
for n in [300, 1200]:
    a = list(range(0, n, 2))
    b = list(range(1, n, 2))
    print(n, "interleaved", run(a + b))
    print(n, "blocks", run(list(range(n // 2, n)) + list(range(n // 2))))
    blocky = []
    for i in range(0, n, 50):
        blocky += list(range(i, i + 50)) if (i // 50) % 2 else list(range(n + i, n + i + 50))
    print(n, "alternating blocks", run(blocky))
    sawtooth = [i % 97 for i in range(n)]
    print(n, "sawtooth", run(sawtooth))
    organ = list(range(n // 2)) + list(range(n // 2, 0, -1))
    print(n, "organ pipe", run(organ))

# Key functions: the key objects are compared, not the items.
calls = []


def key(x):
    calls.append(x)
    return K(x % 10)


items = list(range(30, 0, -1))
K.log = []
out = sorted(items, key=key)
print(calls == list(range(30, 0, -1)), out, len(K.log), K.log[:12])
calls.clear()
K.log = []
out = sorted(items, key=key, reverse=True)
print(calls == list(range(30, 0, -1)), out, len(K.log), K.log[:12])
data = [rng.randrange(50) for _ in range(600)]
K.log = []
out = sorted(range(600), key=lambda i: K(data[i]))
print(len(K.log), digest(K.log), out[:20])
