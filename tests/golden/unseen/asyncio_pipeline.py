import asyncio
import random

async def producer(q, n, rng):
    for i in range(n):
        await asyncio.sleep(0)
        await q.put((i, rng.randint(1, 100)))
    print("producer done")

async def worker(name, q, results):
    while True:
        i, v = await q.get()
        try:
            if v % 7 == 0:
                raise ValueError(f"bad {v}")
            results.append((i, v * 2))
        except ValueError as e:
            print(name, "error:", e)
        finally:
            q.task_done()

async def main():
    rng = random.Random(3)
    q = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results), name=f"w{i}") for i in range(3)]
    await producer(q, 15, rng)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(results))
    async def slow(i):
        await asyncio.sleep(0.05 * i)
        return i
    try:
        async with asyncio.timeout(0.07):
            r = await asyncio.gather(slow(0), slow(1), slow(2))
    except TimeoutError:
        print("gather timed out")
    t = asyncio.current_task()
    print(t.cancelling())
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn got cancel, cleaning up")
            await asyncio.sleep(0)
            return "cleaned"
    st = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    st.cancel()
    print(await st, st.cancelled())
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    print(await asyncio.wait_for(ev.wait(), 1))
    results = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(5)))
    print(results)
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(f"in{n}")
            await asyncio.sleep(0)
            order.append(f"out{n}")
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, isinstance(e, TimeoutError))
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("future exception", repr(e))
    print(fut.done(), repr(fut.exception()))

asyncio.run(main(), debug=False)
