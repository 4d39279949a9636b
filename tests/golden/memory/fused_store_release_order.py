# Finalizers run between two stores, between a store and the loads after it, and between
# a loop head's step and the store of its value, as they do when each instruction runs
# on its own (refpy fuses these pairs into one step of its dispatch loop).
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        caller = sys._getframe(1)
        seen = {k: v.name for k, v in caller.f_locals.items() if isinstance(v, D)}
        print("del", self.name, "sees", sorted(seen.items()))


def two_stores():
    a, b = D("a1"), D("b1")
    a, b = D("a2"), D("b2")
    print("after two stores", a.name, b.name)


def store_then_loads():
    x = D("x1")
    y = D("y1")
    x = D("x2")
    print(x.name, y.name)
    z = x
    x = y
    y = z
    print("swapped", x.name, y.name)


def loop_rebinds():
    for item in (D("item%d" % i) for i in range(3)):
        print("body", item.name)
    print("loop done")


def loop_over_list():
    things = [D("t0"), D("t1")]
    for t in things:
        print("sees", t.name)
    del things
    print("after del things")
    return t.name


def returns():
    def const():
        d = D("local")
        return 7

    def fast():
        d = D("kept")
        return d

    print(const())
    kept = fast()
    print(kept.name)


two_stores()
store_then_loads()
loop_rebinds()
print(loop_over_list())
returns()
print("end")
