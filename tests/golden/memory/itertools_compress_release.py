# itertools.compress releases data and selector items in CPython's order:
# a false selector goes before its datum; exhaustion of either input frees what it held at once.
import itertools
import sys


class Tracked:
    def __init__(self, name, truth=True):
        self.name = name
        self.truth = truth

    def __bool__(self):
        return self.truth

    def __del__(self):
        print("del", self.name)


def data(n):
    for i in range(n):
        yield Tracked("d%d" % i)
    print("data exhausted")


def selectors(values):
    for i, v in enumerate(values):
        yield Tracked("s%d" % i, v)
    print("selectors exhausted")


print("-- false selectors, data runs out")
it = itertools.compress(data(3), selectors([False, True, False, False, False]))
for x in it:
    print("got", x.name)
    del x
print("after loop")
del it
print("-- selectors run out first")
it = itertools.compress(data(5), selectors([False, False]))
print(list(it))
print("after list")
del it
print("-- next() by hand")
it = itertools.compress(data(4), selectors([True, False, True]))
a = next(it)
print("first", a.name)
del a
b = next(it)
print("second", b.name)
del b
try:
    next(it)
except StopIteration:
    print("stop")
print("after stop")
del it
print("-- refcounts of the inputs")
d = iter([1, 2, 3])
s = iter([0, 0, 0, 0])
before = sys.getrefcount(d), sys.getrefcount(s)
c = itertools.compress(d, s)
print(list(c))
print(sys.getrefcount(d) - before[0] - 1, sys.getrefcount(s) - before[1] - 1)
del c
print(sys.getrefcount(d) - before[0], sys.getrefcount(s) - before[1])
print("-- a selector whose truth test raises")


class Bad(Tracked):
    def __bool__(self):
        raise ValueError(self.name)


def bad_selectors():
    yield Bad("b0")
    print("unreached")


it = itertools.compress(data(2), bad_selectors())
try:
    next(it)
except ValueError as e:
    print("caught", e)
print("after caught")
del it
print("end")
