# `async with` and `async for` with hand-written protocol objects, driven by hand:
# enter/exit order, suppression, early exits, and the 3.11 TypeErrors.


def run(coro):
    while True:
        try:
            y = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  (yielded", y, end=")\n")


class Tick:
    def __await__(self):
        yield "tick"


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Tick()
        return self.suppress


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with CM("p"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    async for i in Counter(2):
        print("i", i)
    else:
        print("else ran")
    async for i in Counter(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("j", i)
    else:
        print("not printed")
    for k in range(2):
        async with CM("loop%d" % k):
            continue
    try:
        async for x in Counter(3):
            raise RuntimeError("inside loop")
    except RuntimeError as e:
        print(e)
    results = []
    async for x in Counter(3):
        async for y in Counter(x):
            results.append((x, y))
    print(results)
    return "main done"


async def returns_from_with():
    async with CM("r"):
        return "returned"


async def returns_from_for():
    async for i in Counter(10):
        if i == 3:
            return i


print(run(main()))
print(run(returns_from_with()))
print(run(returns_from_for()))


class NoAexit:
    async def __aenter__(self):
        return 1


class SyncOnly:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return False


class PlainAenter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class BadAexit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def use(m):
    async with m:
        print("in body")


for m in [1, NoAexit(), SyncOnly(), PlainAenter(), BadAexit()]:
    try:
        run(use(m))
    except TypeError as e:
        print("TypeError:", e)


class NoAnext:
    def __aiter__(self):
        return 5


class SyncAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class StopsSync:
    def __aiter__(self):
        return self

    def __anext__(self):
        raise StopAsyncIteration


async def loop_over(obj):
    async for x in obj:
        print("x", x)
    return "loop ended"


for obj in [5, [1, 2], NoAnext(), SyncAnext(), StopsSync()]:
    try:
        print(run(loop_over(obj)))
    except TypeError as e:
        print("TypeError:", e)
