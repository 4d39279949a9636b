# reversed() over dicts and their views: CPython's reverse iterator classes, sizes,
# reference counts, length hints, pickling state and errors when the dict changes.
import sys

d = {"a": 1, "b": 2, "c": 3, "d": 4}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, sys.getsizeof(it), it.__length_hint__(), list(it), it.__length_hint__())

# Holes left by deletions are skipped.
del d["b"]
d["e"] = 5
del d["a"]
print(list(reversed(d)), list(reversed(d.items())))

# The iterator holds the dict, not a copy of its keys.
key = "k" * 20
e = {key: object()}
before = sys.getrefcount(key), sys.getrefcount(e)
it = reversed(e)
print(sys.getrefcount(key) - before[0], sys.getrefcount(e) - before[1])
print(next(it) is key)
print(list(it), sys.getrefcount(e) - before[1])

# Changes while iterating.
f = {1: 1, 2: 2, 3: 3}
it = reversed(f)
print(next(it))
f[4] = 4
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError:", exc)
try:
    next(it)
except (RuntimeError, StopIteration) as exc:
    print(type(exc).__name__, exc)
g = {1: 1, 2: 2, 3: 3}
it = reversed(g)
print(next(it))
del g[1]
g[9] = 9
print(list(it))

# Pickling state, and empty dicts.
h = {"x": 1, "y": 2, "z": 3}
it = reversed(h.items())
next(it)
print(it.__reduce__()[1:])
print(list(reversed({})), list(reversed({}.values())), reversed({}).__length_hint__())
it = reversed(h)
print(list(it), list(it))
