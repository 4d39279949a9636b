# The comparison list.sort picks after its pre-scan: native for exact str/int/float,
# the class's own __lt__ for one exact class (subclasses of builtins included), tuples
# compared item by item (`==` first, identity first), the rich comparison otherwise.
import random

rng = random.Random(99)

# Builtin types and mixes.
print(sorted([3, 1.5, True, False, -2, 2 ** 70, -(2 ** 65), 0.0, -0.0, 1, 1.0]))
print(sorted([10 ** 30 - i for i in range(5)] + [7, -(10 ** 40), 2 ** 63, 2 ** 63 - 1, -(2 ** 63)]))
print(sorted([float("inf"), -1e308, 5e-324, float("-inf"), 2.5, -0.0, 0.0]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([3, nan, 1, 2]))
print(sorted(["b", "a", "é", "z", "Z", "", "ab", "\u4e2d", "\U0001f600", "a\x00", "\xff", "\u0100"]))
print(sorted([b"b", b"a", b"", b"ab", b"\xff"]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), (), (1, "z", 0)]))
print(sorted([(1, 2.0), (1.0, 1), (True, 3), (0, 9)]))
print(sorted([((2, 1), 0), ((1, 5), 1), ((1, 5), 0)]))
print(sorted([[3, 1], [2], [3, 0], []]), sorted([frozenset({1, 2}), frozenset({1})]))
print(sorted([True, False, True]), sorted([False, 1, 0.5]))
print(sorted(x * 0.5 for x in range(-5, 5)), sorted(range(5, -5, -1)))
print(sorted("hello world"), sorted({3: 1, 1: 2, 2: 3}))
big = [rng.randrange(-(10 ** 20), 10 ** 20) for _ in range(300)] + [rng.randrange(-100, 100) for _ in range(300)]
assert sorted(big) == sorted(big, key=lambda x: (x > 0, abs(x) if x > 0 else -abs(x)))
print(sorted(big)[:3], sorted(big)[-3:], sorted(big, reverse=True)[:3])

# Unorderable mixes: CPython's messages.
for data in ([1, "a"], ["a", 1], [None, None], [1, None], [1j, 2j], [(1, "a"), (1, 2)],
             [object(), object()], [{1}, 2], [[1], (1,)], [b"a", "a"], [{}, {}]):
    try:
        sorted(data)
    except TypeError as e:
        print(type(data[0]).__name__, type(data[1]).__name__, "->", e)
try:
    [3, 2, 1].sort(key=lambda x: None if x == 2 else x)
except TypeError as e:
    print(e)


# Stability with equal keys, forwards and reversed.
class Rec:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __repr__(self):
        return "%s%s" % (self.k, self.tag)


recs = [Rec(rng.randrange(4), i) for i in range(40)]
print(sorted(recs, key=lambda r: r.k))
print(sorted(recs, key=lambda r: r.k, reverse=True))
print(sorted(recs, key=lambda r: -r.k) == sorted(recs, key=lambda r: r.k, reverse=True)[::-1])
print(sorted([(1, "b"), (0, "x"), (1, "a"), (0, "y")], key=lambda p: p[0], reverse=True))

# Subclasses of str and int overriding __lt__ go through it.
log = []


class RevStr(str):
    def __lt__(self, other):
        log.append((str(self), str(other)))
        return str.__gt__(self, other)


class RevInt(int):
    def __lt__(self, other):
        log.append((int(self), int(other)))
        return int(self) > int(other)


print(sorted([RevStr(c) for c in "dbeac"]), log)
log.clear()
print(sorted([RevInt(i) for i in [4, 1, 5, 2, 3]]), log)
log.clear()
print(sorted(["b", RevStr("a"), "c"]), log)
log.clear()


class PlainInt(int):
    pass


print(sorted([PlainInt(3), 1, PlainInt(2)]), sorted([PlainInt(3), PlainInt(-1)]))


# __lt__ returning NotImplemented: called directly, then again by the rich comparison,
# then the reflected __gt__.
class Shy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return NotImplemented

    def __gt__(self, other):
        log.append(("gt", self.v, other.v))
        return self.v > other.v

    def __repr__(self):
        return "Shy(%d)" % self.v


print(sorted([Shy(2), Shy(3), Shy(1)]), log)
log.clear()


class Shier(Shy):
    pass


print(sorted([Shy(2), Shier(3), Shy(1)]), log)
log.clear()


# Results of __lt__ that are not bools are tested for truth.
class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        log.append(("bool", self.v))
        return self.v


class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truthy(self.v < other.v)

    def __repr__(self):
        return "Odd(%d)" % self.v


print(sorted([Odd(2), Odd(3), Odd(1)]), log)
log.clear()


# Tuples: items compared by `==` (identity first) until they differ, then by `<`.
class C:
    eqs = 0
    lts = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        C.eqs += 1
        return self.v == getattr(other, "v", other)

    def __lt__(self, other):
        C.lts += 1
        return self.v < getattr(other, "v", other)

    def __gt__(self, other):
        C.lts += 1000
        return self.v > getattr(other, "v", other)

    __hash__ = None

    def __repr__(self):
        return "C(%d)" % self.v


def tuples(rows):
    C.eqs = C.lts = 0
    out = sorted(rows)
    return C.eqs, C.lts, out[:4]


shared = C(1)
print(tuples([(C(rng.randrange(3)), C(rng.randrange(3))) for _ in range(50)]))
print(tuples([(shared, C(rng.randrange(5))) for _ in range(50)]))
print(tuples([(rng.randrange(3), C(rng.randrange(9))) for _ in range(80)]))
print(tuples([(rng.randrange(3), "x", C(rng.randrange(9))) for _ in range(80)]))
print(tuples([(C(rng.randrange(3)), i) for i in range(60)]))
print(tuples([(C(1),), (C(1), 0), (C(0),)]))
print(tuples([(C(2), 1), (1.5, C(1)), (C(1), 2)]))
print(tuples([((C(1), 2), 0), ((C(1), 1), 1)]))


class T(tuple):
    pass


print(tuples([T((C(2),)), T((C(1),)), T((C(1), C(0)))]))

# Random tuples of ints and strings (the benchmark's shape), with a key and reversed.
pairs = [(x % 7, -x, str(x)) for x in (rng.randrange(1000) for _ in range(500))]
s = sorted(pairs)
print(s[:3], s[-3:], sorted(pairs, reverse=True)[:3])
print(sorted(range(40), key=lambda x: (x % 5, x // 5), reverse=True))
print(sorted(map(str, range(30))), sorted(range(30), key=str, reverse=True)[:10])


# While comparisons run, the sort holds one reference to each item (or key), no more.
import sys


class Counted:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((sys.getrefcount(self), sys.getrefcount(other)))
        return self.v < other.v

    def __repr__(self):
        return "Counted(%d)" % self.v


lst = [Counted(2), Counted(1), Counted(3)]
lst.sort()
print(lst, log)
log.clear()
print(sorted([2, 1, 3], key=Counted), log)
log.clear()


class NoLt(Counted):
    __lt__ = None


try:
    sorted([NoLt(1), NoLt(2)])
except TypeError as e:
    print(e)
