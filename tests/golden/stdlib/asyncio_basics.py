# asyncio basics: run, gather, create_task, wait_for timeouts, cancellation, Queue,
# Event, and exceptions out of gather (raised, or returned with return_exceptions).
import asyncio, time
async def worker(name, d):
    print("start", name)
    await asyncio.sleep(d)
    print("end", name)
    return name * 2
async def main():
    t0 = time.monotonic()
    r = await asyncio.gather(worker("a", 0.02), worker("b", 0.01), worker("c", 0))
    print(r)
    t = asyncio.create_task(worker("x", 0.01))
    print(await t, t.done(), t.result())
    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("slow cancelled")
            raise
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    q = asyncio.Queue()
    async def prod():
        for i in range(3):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def cons():
        while (x := await q.get()) is not None:
            print("got", x)
    await asyncio.gather(prod(), cons())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event!")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    async def boom():
        raise ValueError("bad")
    try:
        await asyncio.gather(boom(), worker("z", 0))
    except ValueError as e:
        print("VE", e)
    print(await asyncio.gather(boom(), worker("y", 0), return_exceptions=True))
    return 7
print(asyncio.run(main()))
