import asyncio

async def fetch(i):
    await asyncio.sleep(0.001 * i)
    if i == 3:
        raise ValueError(f"fetch {i} failed")
    return i * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i)) for i in (0, 1, 2)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(5):
                tg.create_task(fetch(i))
    except* ValueError as eg:
        print("group:", eg.exceptions)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    async def agen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen()])
    async for x in agen():
        print("agen", x)
    class Res:
        async def __aenter__(self):
            print("enter")
            return self
        async def __aexit__(self, *exc):
            print("exit", exc[0])
            return False
    async with Res() as r:
        print("inside", type(r).__name__)
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__)
    print(await asyncio.shield(fetch(1)))
    r = await asyncio.to_thread(sum, [1, 2, 3]) if hasattr(asyncio, "to_thread") else 6
    print(r)

asyncio.run(main())
