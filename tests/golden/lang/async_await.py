# `await`: on coroutines and on objects with `__await__`, the errors of non-awaitables,
# send/throw/close through nested awaits, coroutine attributes, and the SyntaxErrors.
import re


def run(coro, sends=()):
    """Drives a coroutine by hand: prints what it yields, returns its result."""
    sends = list(sends)
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value
        print("yielded", y)
        value = sends.pop(0) if sends else None


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


class Suspend:
    def __await__(self):
        got = yield "suspend"
        return got


class WithGenerator:
    def __await__(self):
        return iter_gen()


def iter_gen():
    x = yield 1
    y = yield 2
    return (x, y)


async def add(a, b):
    return a + b


async def chain():
    r = await add(1, 2)
    r += await Ready(10)
    r += await Suspend()
    pair = await WithGenerator()
    return r, pair


print(run(chain(), [100, "x", "y"]))


def addr(s):
    return re.sub(r"0x[0-9a-f]+", "0x...", s)


c = add(1, 2)
print(addr(repr(c)), type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_frame is not None)
print(run(c), c.cr_frame)

# Non-awaitables and bad __await__ results.
class BadIter:
    def __await__(self):
        return 5


class ReturnsCoro:
    def __await__(self):
        return add(1, 1)


async def await_it(x):
    return await x

for bad in [5, "s", None, [1], BadIter(), ReturnsCoro()]:
    try:
        run(await_it(bad))
    except TypeError as e:
        print("TypeError:", e)

# Coroutines are not iterable.
try:
    iter(add(1, 2))
except TypeError as e:
    print(e)
try:
    for _ in add(3, 4):
        pass
except TypeError as e:
    print(e)

# Awaiting a coroutine twice, or one already finished.
async def twice():
    inner = add(2, 3)
    a = await inner
    try:
        await inner
    except RuntimeError as e:
        print("RuntimeError:", e)
    return a

print(run(twice()))


# Exceptions propagate through awaits, and throw() reaches the innermost await.
async def deepest():
    try:
        await Suspend()
    except KeyError as e:
        print("deepest caught", repr(e))
        return "handled"
    finally:
        print("deepest finally")


async def middle():
    r = await deepest()
    print("middle got", r)
    await Suspend()
    return "middle done"


c = middle()
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name)
print(c.throw(KeyError("k")))
try:
    c.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))
print(c.cr_frame)

c = middle()
c.send(None)
c.close()
print("closed", c.cr_frame)


async def raises():
    await Ready(1)
    raise ValueError("from coroutine")


async def calls_raises():
    try:
        await raises()
    except ValueError as e:
        print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
        raise LookupError("wrapped") from e

try:
    run(calls_raises())
except LookupError as e:
    print(repr(e), repr(e.__cause__))


# StopIteration inside a coroutine becomes RuntimeError.
async def stops():
    raise StopIteration(3)

try:
    run(stops())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


# Sending to a just-started coroutine, and after it finished.
c = add(1, 1)
try:
    c.send(1)
except TypeError as e:
    print(e)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# The SyntaxErrors.
for src in [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async for x in y: pass",
    "async with x: pass",
    "lambda: await x",
    "class C:\n    await x",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

# Await in nested constructs: loops, conditionals, arguments, f-strings.
async def nested():
    total = 0
    for i in range(3):
        if await add(i, 0) % 2 == 0:
            total += await add(i, await Ready(100))
    d = {await add(1, 1): [await Ready(7)]}
    return total, d, f"{await add(2, 3)}!"

print(run(nested()))
