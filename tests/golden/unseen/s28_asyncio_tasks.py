# asyncio: tasks, gather, queues and timeouts
import asyncio

async def fetch(name, delay):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"done {name}")
    return name.upper()

async def worker(name, queue, results):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        results.append((name, item * item))
        queue.task_done()

async def slow():
    await asyncio.sleep(1)

async def failing():
    await asyncio.sleep(0)
    raise ValueError("task failed")

async def main():
    results = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0))
    print(results)
    t = asyncio.create_task(fetch("task", 0))
    print("created", t.done())
    print("awaited", await t, t.done(), t.result())
    queue = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, out)) for i in range(2)]
    for i in range(5):
        await queue.put(i)
    for _ in workers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*workers)
    print(sorted(x for _, x in out), queue.empty(), queue.qsize())
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    res = await asyncio.gather(failing(), fetch("ok", 0), return_exceptions=True)
    print([type(r).__name__ for r in res])
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    event = asyncio.Event()
    async def waiter():
        await event.wait()
        return "event seen"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    event.set()
    print(await w)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("tg1", 0))
            tg.create_task(failing())
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    async def agen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen()])
    return "main done"

print(asyncio.run(main()))
async def never():
    pass
c = never()
print(type(c).__name__, c.cr_running)
c.close()
print(asyncio.iscoroutinefunction(never), asyncio.iscoroutine(c))
