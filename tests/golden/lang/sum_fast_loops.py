# sum() keeps its total in a machine int, then a double, while the items allow (as
# builtin_sum_impl): every switch between the loops and to the general `+`, the
# overflow edges, int and float subclasses, errors in the middle, the start's refcount.
import sys


class I(int):
    def __add__(self, o):
        return "I.add"

    __radd__ = __add__


class F(float):
    def __radd__(self, o):
        return "F.radd"


class Quiet(int):
    pass


print(sum([1, 2, 3]), sum([1.5, 2, True]), sum([True, True]), sum([], 7), sum([1, 2.5, 3]))
print(sum([2**62, 2**62, 1]), sum([-2**63, -1]), sum([1, 2**70, 3]), sum([0.5, 2**70, 1]))
print(sum([2**63 - 1, 0, 0]), sum([2**63 - 1, 1, -5]), sum([-2**63, 0]), sum([2**64, -2**64, 3]))
print(sum([1, I(5)]), sum([1.0, I(5)]), sum([1.0, F(2.0)]), sum([F(1.0)]), sum([2.0, Quiet(3)]))
print(sum([[1], [2]], []), sum(x * 0.1 for x in range(10)), sum((1, 2), 0.5), sum([1, 1j, 2]))
print(sum([3, 4], True), sum([3.0], True), sum([1, 2], 2**64), sum([1.5], 2**64), sum([], 2.5))
print(sum([1, 2.0, 3, 4.5]), sum([1.0, 2**53 + 1]), sum([0.0, -0.0]), sum([-0.0]), sum([], -0.0))
print(type(sum([True, False])), type(sum([1.0, True])), type(sum([Quiet(2), 3])))
print(sum(range(100000)), sum(i / 3 for i in range(1000)), sum(map(float, range(50))))
print(sum([float("inf"), -float("inf")]), sum([1e308, 1e308]), sum([0.1] * 10))


def gen(tail):
    yield 1
    yield 2
    yield 2.5
    yield 3
    if tail:
        yield tail
    raise ValueError("mid")


for tail in [None, "s", 2**80]:
    try:
        sum(gen(tail))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
start = 10**6 + 1
fstart = 1.25


def refs(x):
    yield sys.getrefcount(x)
    yield 0


print(sum(refs(start), start) - start, sum(refs(fstart), fstart) - fstart)
data = [10**7 + i for i in range(5)]
before = [sys.getrefcount(x) for x in data]
print(sum(data), sum(data, 0.5), [sys.getrefcount(x) for x in data] == before)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([1.5, "a"])
except TypeError as e:
    print("TypeError", e)
