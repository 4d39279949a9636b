# Asynchronous list, set and dict comprehensions: async for clauses, await in the
# element, nesting, and the SyntaxError outside an async function.
import asyncio
class Counter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def dbl(x):
    await asyncio.sleep(0)
    return 2 * x
async def main():
    print([x async for x in Counter(3)])
    print({x % 2 async for x in Counter(5) if x > 1})
    print({x: await dbl(x) async for x in Counter(3)})
    print([await dbl(x) for x in range(4)])
    print([(x, y) async for x in Counter(2) for y in range(x)])
    print([[y async for y in Counter(x)] for x in range(3)])
asyncio.run(main())
for src in ["def f(): [x async for x in y]", "def f(): [await x for x in y]", "[x async for x in y]"]:
    try:
        compile(src, "s", "exec"); print("ok", src)
    except SyntaxError as e: print(e)
