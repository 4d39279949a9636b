# anext() with a default: anext_awaitable over any async iterator and over async generators.
import asyncio, types
@types.coroutine
def tick():
    yield
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        await tick()
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
async def main():
    it = AIt()
    print(await anext(it, 'd'), await anext(it, 'd'), await anext(it, 'd'))
    a = anext(it, 'x')
    print(type(a).__name__, a.close())
    async def ag():
        yield 5
    g = ag()
    print(await anext(g, 0), await anext(g, 0), await anext(g, 0))
    try:
        anext(it, 1, 2)
    except TypeError as e:
        print(e)
    try:
        anext()
    except TypeError as e:
        print(e)
asyncio.run(main())
