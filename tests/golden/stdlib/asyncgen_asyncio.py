# Async generators under asyncio: async for, async comprehensions, anext/aiter,
# finalization through the loop's hooks and shutdown_asyncgens in asyncio.run.
import asyncio
import sys


async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print('ticker finally', n)


async def squares(n):
    async for i in ticker(n):
        yield i * i


async def main():
    async for x in ticker(3):
        print('got', x)
    print([x async for x in squares(4)])
    print({x: x + 1 async for x in ticker(2)})
    print({x async for x in ticker(2)})
    print([await asyncio.sleep(0, x) for x in range(3)])
    print([y for x in range(2) async for y in ticker(x + 1)])
    gen = (x * 2 async for x in ticker(3))
    print(type(gen).__name__, gen.__name__, gen.__qualname__)
    print([x async for x in gen])
    # anext / aiter
    t = ticker(2)
    print(aiter(t) is t)
    print(await anext(t), await anext(t))
    print(await anext(t, 'done'))
    try:
        await anext(t)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    # break out of async for: the generator stays suspended until closed
    t = ticker(10)
    async for x in t:
        if x == 2:
            break
    print('broke at', x)
    await t.aclose()
    # left suspended: closed by shutdown_asyncgens at the end of run()
    global left
    left = ticker(5)
    print(await anext(left))
    print(sys.get_asyncgen_hooks().firstiter is not None)
    return 'main done'


print(asyncio.run(main()))
print(sys.get_asyncgen_hooks())


# errors
async def errors():
    for bad in (1, [1], None):
        try:
            async for x in bad:
                pass
        except TypeError as e:
            print('TypeError', e)
    try:
        aiter(1)
    except TypeError as e:
        print('TypeError', e)
    try:
        anext([])
    except TypeError as e:
        print('TypeError', e)
    try:
        for x in ticker(1):
            pass
    except TypeError as e:
        print('TypeError', e)
    try:
        next(ticker(1))
    except TypeError as e:
        print('TypeError', e)
    try:
        await ticker(1)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(errors())


# garbage before it finished: the loop's finalizer hook closes it as a task
async def drop_one():
    t = ticker(5)
    print(await anext(t))
    del t
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('after drop')


asyncio.run(drop_one())
