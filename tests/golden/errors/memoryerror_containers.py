# Growing containers from iterables too long to hold: MemoryError before any item is
# made, and the target is left as it was.
import sys


class Liar:
    """An iterable whose length hint is absurd but that yields three items."""
    def __iter__(self):
        return iter([1, 2, 3])

    def __length_hint__(self):
        return sys.maxsize


cases = [
    ("list(range(2**62))", lambda: list(range(2**62))),
    ("list(range(maxsize))", lambda: list(range(sys.maxsize))),
    ("[0]*3 + [1]*maxsize", lambda: [0] * 3 + [1] * sys.maxsize),
    ("join", lambda: ''.join(['ab'] * 3)),
    ("list(Liar())", lambda: list(Liar())),
]
for name, make in cases:
    try:
        r = make()
        print(name, "ok", len(r))
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, repr(e.args))

x = [1, 2]
try:
    x.extend(range(2**62))
except MemoryError as e:
    print("extend:", type(e).__name__, x)
try:
    x += range(2**62)
except MemoryError as e:
    print("+=:", type(e).__name__, x)
print("done")
