# types.coroutine: generator-based coroutines, awaitable from async def.
import asyncio
import types


@types.coroutine
def pause(value):
    got = yield value
    return ('resumed', got)


@types.coroutine
def plain_sleep():
    # a generator-based coroutine may delegate to a native one
    result = yield from asyncio.sleep(0, 'slept')
    return result


def returns_generator():
    def inner():
        got = yield 'from wrapped'
        return got
    return inner()


wrapped = types.coroutine(returns_generator)


async def uses():
    return await pause(1)


c = uses()
print(c.send(None))
try:
    c.send('x')
except StopIteration as e:
    print('StopIteration', e.value)

print(pause.__name__, pause.__qualname__.split('.')[-1])
print(bool(pause.__code__.co_flags & 0x100), bool(pause.__code__.co_flags & 0x20))
print(types.coroutine(uses) is uses)
g = pause(5)
print(type(g).__name__, next(g))
print(list(pause(7)))


async def uses_wrapped():
    return await wrapped()


c = uses_wrapped()
print(c.send(None))
try:
    c.send('back')
except StopIteration as e:
    print('StopIteration', e.value)
print(wrapped.__name__)


async def main():
    print(await plain_sleep())
    return 'main'


print(asyncio.run(main()))


# non-callables and the await error of a plain generator
try:
    types.coroutine(1)
except TypeError as e:
    print('TypeError', e)


def gen():
    yield 1


async def await_plain():
    await gen()


try:
    await_plain().send(None)
except TypeError as e:
    print('TypeError', e)

# a callable that is not a function
class Callable:
    def __call__(self):
        return 42


print(types.coroutine(Callable())())
