# A finished generator's frame is reused by later calls (refpy's frame pool): what the
# frame held is released when the generator ends, in CPython's order, and nothing it held
# leaks into the next frame that takes its place.
import gc
import sys
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen_locals(n):
    a = D("a%d" % n)
    b = D("b%d" % n)
    yield 1
    c = D("c%d" % n)
    yield 2
    print("gen end", n)


print("-- run to the end")
for v in gen_locals(1):
    print("got", v)
print("after loop")

print("-- raise inside")


def gen_raise():
    x = D("x")
    yield 1
    raise ValueError("boom")


g = gen_raise()
next(g)
try:
    next(g)
except ValueError as e:
    tb = e.__traceback__
    print("caught", e, "locals kept:", sorted(tb.tb_next.tb_frame.f_locals))
    del tb
print("after except")
del g
print("after del g")

print("-- closed early")
g = gen_locals(2)
next(g)
g.close()
print("closed")
del g

print("-- the function dies with its last generator")


def make():
    def inner():
        y = D("y")
        yield y.name
    return inner


f = make()
r = weakref.ref(f, lambda ref: print("function died"))
g = f()
del f
print(next(g))
print(list(g))
print("after list")
del g

print("-- frames of other sizes reuse the pool")


def small(a):
    return a + 1


def big(a, b, c, d, e):
    t = a + b + c + d + e
    return t


def gen_cells(n):
    k = D("k%d" % n)

    def peek():
        return k.name
    yield peek()


for i in range(3):
    print(sum(x for x in range(i + 2)), small(i), big(i, i, i, i, i), list(gen_cells(i)))

print("-- counts")
gc.collect()
before = gc.get_count()[0]
for i in range(5):
    s = sum(x for x in ())
after = gc.get_count()[0]
print("gen0 count change", after - before)


def deep(n):
    if n:
        yield from deep(n - 1)
    yield n


print(list(deep(5)))
print(sys.getrefcount(deep) - sys.getrefcount(small))


async def co(n):
    return D("r%d" % n).name


def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


print(drive(co(1)), drive(co(2)))
print("end")
