# Cells of a frame: made at the call (captured parameters move into their cell), released
# at return in CPython's localsplus order, and a closure's cells shared, not copied.
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def captured(a, b, c=None):
    x = D("local x")
    def get():
        return a.n + b.n
    print("in captured", get())
    return None


captured(D("a"), D("b"))
print("--")
captured(b=D("b"), a=D("a"), c=D("c"))
print("--")


def make(n):
    box = [D("box %d" % n)]
    def inner(k, extra=None):
        return box[0].n, k
    return inner


f = make(1)
print(f(1), f(k=2), f(3, extra=D("extra")))
print(sys.getrefcount(f.__closure__[0]) - 1)
del f
print("--")


def counter():
    total = 0
    def add(v, times=1):
        nonlocal total
        total += v * times
        return total
    return add


add = counter()
for i in range(5):
    add(i)
    add(i, times=2)
    add(v=i, times=3)
print(add(0))


# a frame kept by a traceback keeps its cells
def failing(a):
    def use():
        return a
    raise ValueError(use())


try:
    failing(D("kept"))
except ValueError as e:
    tb = e.__traceback__
    print("caught", e.args[0].n)
print("dropping traceback")
del tb
print("done")


# localsplus order: an argument cell in its argument's slot, other cells after the locals.
def f(a, b, c=None):
    x = D("x")
    y = D("y")
    def get():
        return a, y
    g = get
    del get
    return None
f(D("a"), D("b"), D("c"))
print("--")
def outer():
    p = D("p"); q = D("q")
    def mid(m):
        z = D("z")
        def inner():
            return p, q, m
        return None
    return mid
mid = outer()
mid(D("m"))
print("--")
del mid
print("end")
