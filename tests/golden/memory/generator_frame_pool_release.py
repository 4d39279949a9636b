# A finished generator's frame goes back to the frame pool unless something holds it: a
# traceback keeps it with its locals, as CPython's frame object does; the locals of a
# generator that returns, raises or is closed die in slot order, before the next
# statement; a later call or generator reusing the pooled frame sees none of them.
import sys, gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(n):
    a = D("a%d" % n)
    b = D("b%d" % n)
    yield a.name
    yield b.name


print("-- runs to the end")
for x in gen(1):
    print("got", x)
print("after loop")

print("-- closed early")
g = gen(2)
print(next(g))
g.close()
print("closed")
del g


def failing(n):
    keep = D("keep%d" % n)
    yield 1
    raise KeyError(n)


print("-- raises; the traceback holds the frame")
g = failing(3)
next(g)
try:
    next(g)
except KeyError as e:
    tb = e.__traceback__
    frame = tb.tb_next.tb_frame
    print("frame keeps", frame.f_locals["keep"].name)
    del e
del g
print("generator gone")
del frame
print("frame ref gone")
del tb
print("traceback gone")


def plain(n):
    x = D("p%d" % n)
    return sys._getframe()


print("-- a plain frame kept after return")
fr = plain(4)
print("kept", fr.f_locals["x"].name, fr.f_code.co_name)
print("reuse:", [y for y in gen(5)])
del fr
print("-- many generators, frames reused")
total = 0
for i in range(200):
    total += sum(j for j in range(i % 5))
print(total)


def counter():
    count = 0
    while True:
        got = yield count
        if got is None:
            return
        count += got


c = counter()
next(c)
c.send(2)
try:
    c.send(None)
except StopIteration:
    print("stopped")
print(gc.collect() >= 0)
print("end")
