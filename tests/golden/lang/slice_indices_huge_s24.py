# slice.indices() computes on ints of any size (CPython's _PySlice_GetLongIndices):
# a huge start, stop, step or length is kept, never clamped to a machine size.
cases = [
    (0, 1, 2**70),
    (2**70,),
    (None, None, 2**70),
    (None, None, -2**70),
    (-2**70, 2**70, 1),
    (2**80, -2**80, -2**70),
    (0, 1, 2**63),
    (0, 1, 2**63 - 1),
    (0, 1, -2**63),
    (-1, None, -1),
    (None, None, None),
    (True, False, True),
]
for args in cases:
    s = slice(*args)
    for n in (5, 0, 2**70):
        print(args, n, s.indices(n))
for args, n in [((None, None, 0), 5), ((None, None, 0), 2**70), ((1,), -1),
                ((1,), -2**70), ((1,), 1.5), ((1,), "x"), (("a", 1), 3),
                ((1, 2, 1.5), 3)]:
    try:
        print(slice(*args).indices(n))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


# The step is read first, then start, then stop; the length before all.
print(slice(Index(1), Index(2**65), Index(-3)).indices(Index(10)))
r = slice(0, 1, 2**70).indices(5)
print(type(r[2]), r[2] == 2**70)
# Sequences clamp a huge step and still slice as CPython does.
L = list(range(10))
print(L[::2**70], L[::-2**70], L[2**70:], L[-2**70:2], "abcdef"[::2**63], range(10)[::2**70])
