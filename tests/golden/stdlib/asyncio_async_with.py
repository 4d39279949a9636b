# async with / async for on an asyncio loop: managers and iterators that await inside
# their protocol methods, and asyncio.Lock as an async context manager.
import asyncio
class CM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        print("enter", self.n); await asyncio.sleep(0); return self.n
    async def __aexit__(self, t, v, tb):
        print("exit", self.n, t); await asyncio.sleep(0); return self.n == 2
class Counter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with CM(1) as a, CM(3) as b:
        print("body", a, b)
    async with CM(2):
        raise ValueError
    try:
        async with CM(1):
            raise KeyError("k")
    except KeyError as e:
        print("KE", e)
    async for i in Counter(3):
        print("i", i)
    else:
        print("else")
    async for i in Counter(5):
        if i == 2: continue
        if i == 4: break
        print("j", i)
    def inner():
        return 1
    for _ in range(2):
        async with CM(5):
            continue
    async def r():
        async with CM(6):
            return "ret"
    print(await r())
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print(lock.locked())
    try:
        async for x in Counter(2):
            raise RuntimeError("in loop")
    except RuntimeError as e:
        print(e)
asyncio.run(main())
