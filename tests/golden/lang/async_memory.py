# Coroutine objects' memory: refcounts, sizes, gc tracking, and when the locals of a
# coroutine die (finished, closed, dropped unfinished).
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Awaitable:
    def __await__(self):
        got = yield "suspended"
        return got


async def leaf(x):
    local = Noisy("leaf-" + x)
    value = await Awaitable()
    print("leaf got", value)
    return value


async def outer():
    keep = Noisy("outer")
    r = await leaf("a")
    print("outer after leaf")
    return r


c = outer()
print(type(c).__name__, sys.getrefcount(c), gc.is_tracked(c))
print(sys.getsizeof(c) == sys.getsizeof(outer()))
print(sys.getsizeof(leaf("x")) > 0)
print(c.send(None))
print(c.cr_running, c.cr_suspended, type(c.cr_await).__name__)
print(sys.getrefcount(c.cr_await))
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame, c.cr_await, c.cr_suspended)
print("--- close while suspended")
c = outer()
c.send(None)
c.close()
print("closed", c.cr_frame)
print("--- dropped while suspended")
c = outer()
c.send(None)
del c
print("--- awaited object refcount")
a = Awaitable()
print(sys.getrefcount(a))


async def holds(obj):
    await obj


c = holds(a)
print(sys.getrefcount(a))
c.send(None)
print(sys.getrefcount(a))
c.close()
del c
print(sys.getrefcount(a))
print("--- cycle through a coroutine")


async def selfref():
    me = Noisy("cyclic")
    me.coro = current
    await Awaitable()


current = selfref()
current.send(None)
del current
gc.collect()
print("end")
