# Slice assignment and deletion on lists: which replaced items are released, in which
# order, relative to the assigned value, and the list's size after each path.
import sys

log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)

    def __repr__(self):
        return self.name


def fresh(n, tag="o"):
    return [D(f"{tag}{i}") for i in range(n)]


def show(label, lst):
    print(label, log, len(lst), sys.getsizeof(lst))
    log.clear()


# Same-size simple slice: old items released last to first.
a = fresh(6)
a[1:4] = [D("n0"), D("n1"), D("n2")]
show("same size", a)
a[:3] = a[2::-1]
show("reverse prefix", a)
print([x.name for x in a])
del a
log.clear()

# Shrinking and growing simple slices.
a = fresh(8)
a[2:6] = [D("s0")]
show("shrink", a)
a[1:2] = [D("g0"), D("g1"), D("g2"), D("g3"), D("g4")]
show("grow", a)
a[:] = []
show("clear", a)
a[:] = fresh(3, "r")
show("refill", a)
a[5:1] = [D("x")]
show("empty at 5:1", a)
a[-100:-50] = [D("front")]
show("far negative", a)
del a
log.clear()


# The assigned value is released after the replaced items.
class Tracked(list):
    def __del__(self):
        log.append("value")


a = fresh(4)
a[0:2] = Tracked([D("t0"), D("t1")])
show("subclass value", a)


def gen():
    try:
        yield D("y0")
        yield D("y1")
    finally:
        log.append("gen closed")


a[0:2] = gen()
show("generator value", a)
del a
log.clear()

# Extended slices: old items released in slice order, after all are in.
a = fresh(8)
a[::2] = [D("e0"), D("e1"), D("e2"), D("e3")]
show("extended step 2", a)
a[::-3] = [D("m0"), D("m1"), D("m2")]
show("extended step -3", a)
a[6:1:-2] = (D("k0"), D("k1"), D("k2"))
show("extended 6:1:-2", a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[::2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a[::0] = []
except ValueError as e:
    print("ValueError:", e)
show("after errors", a)
del a
log.clear()

# Deletion: simple slices last to first, extended ones in ascending position order.
a = fresh(10)
del a[2:5]
show("del 2:5", a)
del a[::3]
show("del ::3", a)
del a[::-2]
show("del ::-2", a)
del a[5:1]
show("del empty", a)
del a[:]
show("del all", a)

# Self-assignment copies first.
a = [1, 2, 3, 4]
a[1:3] = a
print(a, sys.getsizeof(a))
a[::2] = a[:3]
print(a)
a = [1, 2, 3]
a[::-1] = a
print(a)
