# asyncio's synchronization primitives and queues as small programs use them:
# Semaphore (fair wake-ups, reprs), BoundedSemaphore, Condition, Barrier,
# Priority/Lifo queues; messages of the misuse errors.
import asyncio
import re
import sys


def clean(r):
    return re.sub(r"0x[0-9a-f]+", "0x?", r)


async def worker(name, sem, log):
    async with sem:
        log.append(f"{name}+")
        await asyncio.sleep(0)
        log.append(f"{name}-")
    return name


async def main():
    sem = asyncio.Semaphore(2)
    print(clean(repr(sem)), sem.locked())
    log = []
    tasks = [asyncio.create_task(worker(f"w{i}", sem, log)) for i in range(5)]
    await asyncio.sleep(0)
    print(clean(repr(sem)), sem.locked())
    print(await asyncio.gather(*tasks))
    print(log)
    print(clean(repr(sem)))

    # A semaphore of zero: release() wakes the first waiter only.
    gate = asyncio.Semaphore(0)
    order = []

    async def waiter(i):
        await gate.acquire()
        order.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    gate.release()
    await asyncio.sleep(0)
    print(order, clean(repr(gate)))
    gate.release()
    gate.release()
    await asyncio.gather(*ws)
    print(order)

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    for bad in (bs.release, lambda: asyncio.Semaphore(-1)):
        try:
            bad()
        except ValueError as e:
            print("ValueError:", e)

    cond = asyncio.Condition()
    ready = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: ready)
            ready.append(f"c{i}")

    async def producer():
        await asyncio.sleep(0)
        async with cond:
            ready.append("data")
            cond.notify_all()

    await asyncio.gather(consumer(1), consumer(2), producer())
    print(ready, clean(repr(cond)))
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # notify(1) wakes one waiter at a time
    cond2 = asyncio.Condition(asyncio.Lock())
    woke = []

    async def sleeper(i):
        async with cond2:
            await cond2.wait()
            woke.append(i)

    ss = [asyncio.create_task(sleeper(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond2:
        cond2.notify(1)
    await asyncio.sleep(0)
    print("after notify(1):", woke)
    async with cond2:
        cond2.notify_all()
    await asyncio.gather(*ss)
    print("after notify_all:", woke)

    barrier = asyncio.Barrier(3)
    steps = []

    async def arrive(i):
        steps.append(("arrive", i))
        idx = await barrier.wait()
        steps.append(("pass", i))
        return idx

    print(sorted(await asyncio.gather(*(arrive(i) for i in range(3)))), steps)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await barrier.abort()
    print(barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, type(e).__mro__[1].__name__)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        await lq.put(i)
    print(lq.full(), [await lq.get() for _ in range(3)], lq.empty())
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull as e:
        print(type(e).__module__, type(e).__name__)
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__module__, type(e).__name__)
    print(asyncio.CancelledError.__module__, asyncio.InvalidStateError.__module__)
    return "done"


print(asyncio.run(main()))
print(sys.getrefcount(asyncio.Semaphore) > 1)
