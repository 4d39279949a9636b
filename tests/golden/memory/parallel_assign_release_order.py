# `a, b = x, y` makes no tuple in CPython 3.11 (the peephole turns it into a swap), and
# stores to distinct locals in reverse order: the old values go last-target first.
# Neighbours: three targets, a repeated target, list targets, module level, attributes,
# cells, starred and constant right-hand sides, and the gc counter (no tuple counted).
import gc
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def two():
    a, b = D("a1"), D("b1")
    print("two")
    a, b = D("a2"), D("b2")
    print("two done")


def three():
    a, b, c = D("a1"), D("b1"), D("c1")
    print("three")
    a, b, c = D("a2"), D("b2"), D("c2")
    print("three done")


def repeated():
    a, b, a = D("x1"), D("y1"), D("z1")
    print("repeated")
    a, b, a = D("x2"), D("y2"), D("z2")
    print("repeated done")


def list_target():
    [a, b] = D("a1"), D("b1")
    [a, b] = D("a2"), D("b2")
    print("list target done")


def one():
    (a,) = (D("only1"),)
    (a,) = (D("only2"),)
    print("one done")


def four():
    a, b, c, d = D("a1"), D("b1"), D("c1"), D("d1")
    a, b, c, d = D("a2"), D("b2"), D("c2"), D("d2")
    print("four done")


class Box:
    pass


def attribute_target():
    box = Box()
    box.x, y = D("x1"), D("y1")
    box.x, y = D("x2"), D("y2")
    print("attribute done")


def cell_target():
    a, b = D("a1"), D("b1")

    def inner():
        return a

    a, b = D("a2"), D("b2")
    print("cell done", inner().name)


def starred_value():
    a, b = D("a1"), D("b1")
    rest = [D("b2")]
    a, b = D("a2"), *rest
    del rest
    print("starred done")


def split_lines():
    a, b = D("a1"), D("b1")
    (a,
     b) = D("a2"), D("b2")
    print("split done")


def swap():
    a, b = D("a"), D("b")
    for _ in range(3):
        a, b = b, a
    print("swapped", a.name, b.name)


def counts():
    x, y = 1, 2
    gc.collect()
    before = gc.get_count()[0]
    for i in range(50):
        x, y = y, x + i
    after = gc.get_count()[0]
    print("gc count moved by", after - before)


two()
three()
repeated()
list_target()
one()
four()
attribute_target()
cell_target()
starred_value()
split_lines()
swap()
counts()
m1, m2 = D("m1"), D("m2")
m1, m2 = D("m3"), D("m4")
print("module level done")
