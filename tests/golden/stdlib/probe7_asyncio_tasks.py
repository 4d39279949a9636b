import asyncio

async def fetch(name, delay_steps, result):
    print(f"start {name}")
    for i in range(delay_steps):
        await asyncio.sleep(0)
    print(f"done {name}")
    return result

async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        print("got", item)
        total += item
    return total

async def main():
    results = await asyncio.gather(fetch("a", 3, 1), fetch("b", 1, 2), fetch("c", 2, 3))
    print("results", results)
    res = await asyncio.gather(fetch("d", 1, "ok"), failing(1), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(failing(2), fetch("e", 0, None))
    except ValueError as e:
        print("caught", repr(e))
    q = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(q, 5), consumer(q))
    print("total", total)
    t = asyncio.create_task(fetch("task", 2, 42))
    print(t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0)
    except asyncio.TimeoutError:
        print("timed out")
    async def agen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i * i
    print([x async for x in agen()])
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(10)))
    print("counter", counter)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w)
    return "main done"

print(asyncio.run(main()))
async def boom():
    await asyncio.sleep(0)
    return 1 / 0
try:
    asyncio.run(boom())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
