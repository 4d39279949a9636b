import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q, name):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        total += item
        print(name, "got", item)
    return total

async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 5))
    total = await consumer(q, "c1")
    await prod
    print("total", total, q.empty(), q.qsize())
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("waiter", i, "released")
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    counter = 0
    async def inc(i):
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc(i) for i in range(10)))
    print("counter", counter, lock.locked())
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            print("active", len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(4)))
    pq = asyncio.PriorityQueue()
    for p in [3, 1, 2]:
        pq.put_nowait((p, f"job{p}"))
    while not pq.empty():
        print(await pq.get())
    try:
        q2 = asyncio.Queue(maxsize=1)
        q2.put_nowait(1)
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

asyncio.run(main())
