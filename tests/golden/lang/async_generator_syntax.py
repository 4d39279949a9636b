# What the compiler accepts and refuses around async generators and async
# comprehensions.
import types

SOURCES = [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield 1\n    return None\n",
    "async def f():\n    yield 1\n    return\n",
    "async def f():\n    yield from [1]\n",
    "async def f():\n    x = yield\n    await x\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return {x async for x in y}\n",
    "def f():\n    return (x async for x in y)\n",
    "def f():\n    return (await x for x in y)\n",
    "g = (x async for x in y)\n",
    "async def f():\n    return [[z async for z in x] for x in y]\n",
    "async def f():\n    return [(z async for z in x) for x in y]\n",
    "def f():\n    return [[z async for z in x] for x in y]\n",
    "async def f():\n    return [await z for z in x]\n",
]
for src in SOURCES:
    try:
        compile(src, 'm', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)


@types.coroutine
def step(v):
    return (yield v)


def drive(coro):
    try:
        while True:
            print('  passes up', coro.send(None))
    except StopIteration as e:
        return e.value


async def source():
    for i in range(3):
        yield i


# an async generator expression made in a plain function
def make():
    return (x * 10 async for x in source())


async def consume(agen):
    return [x async for x in agen]


gen = make()
print(type(gen).__name__, gen.__name__)
print(drive(consume(gen)))
# await inside a generator expression makes it asynchronous
gen = (await step(x) for x in range(2))
print(type(gen).__name__)
print(drive(consume(gen)))


# flags of the code objects
async def ag():
    yield


async def co():
    pass


def g():
    yield


print([hex(f.__code__.co_flags & 0x3a0) for f in (ag, co, g)])
