# What __len__ may return, and how sequence indices and slice bounds are converted.


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


class Len:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [3, 0, -1, 2**100, -(2**100), True]:
    t(lambda: len(Len(n)))
    t(lambda: bool(Len(n)))
t(lambda: len(Len("a")))
t(lambda: bool(Len(1.5)))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        if self.v is None:
            raise ValueError("no index")
        return self.v


seq = [10, 20, 30]
for key in [1, -1, 2**100, -(2**100), Idx(2), Idx(2**70), Idx(None), "a", 1.0, None]:
    t(lambda: seq[key])
    t(lambda: (10, 20, 30)[key])
    t(lambda: "abc"[key])
    t(lambda: b"abc"[key])
    t(lambda: range(3)[key])
for key in [5, 2**100, Idx(None), "x"]:
    t(lambda: seq.__setitem__(key, 1))
    t(lambda: seq.__delitem__(key))

# Slice bounds clamp, whatever their size; bad types name None as allowed.
for sl in [slice(None, None, 2**100), slice(None, None, -(2**100)), slice(2**100, -(2**100), -1),
           slice(-(2**100), 2**100), slice(Idx(1), Idx(2**80)), slice(1, "a"), slice(1.5, None),
           slice(None, None, 0), slice(None, None, Idx(None))]:
    t(lambda: [1, 2, 3, 4][sl])
    t(lambda: "abcd"[sl])
    t(lambda: b"abcd"[sl])
    t(lambda: (1, 2, 3, 4)[sl])
    t(lambda: range(4)[sl])

# start/end of the search methods: str and bytes accept None, list/tuple/deque do not.
import collections

for args in [(1, "a"), (1, None), (1, 0, None), (1, 2**100), (1, -(2**100)), (1, Idx(0))]:
    t(lambda: [1, 2].index(*args))
    t(lambda: (1, 2).index(*args))
    t(lambda: collections.deque([1, 2]).index(*args))
for args in [("a", "x"), ("a", None), ("a", None, "x"), ("b", 2**100), ("b", -(2**100)), ("b", Idx(1))]:
    t(lambda: "abc".find(*args))
    t(lambda: "abc".count(*args))
    t(lambda: "abc".startswith(*args))
    t(lambda: b"abc".find(args[0].encode(), *args[1:]))

# A slice of a range is computed on unbounded ints.
for sl in [slice(None, None, 2**100), slice(2**100, None, -3), slice(-(2**100), 2**100, 2),
           slice(1, "a"), slice(Idx(1), Idx(3))]:
    t(lambda: range(4)[sl])
    t(lambda: range(2**80, 2**81, 2**70)[sl])
t(lambda: range(2**80)[2**79])
t(lambda: range(2**80)[-1])
