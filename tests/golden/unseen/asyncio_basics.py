import asyncio

async def worker(name, delay, results):
    await asyncio.sleep(delay)
    results.append(name)
    return name.upper()

async def main():
    results = []
    out = await asyncio.gather(worker("a", 0.02, results), worker("b", 0.01, results), worker("c", 0, results))
    print(out, results)
    t = asyncio.create_task(worker("d", 0, results), name="task-d")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    async def boom():
        raise ValueError("bad")
    res = await asyncio.gather(boom(), worker("e", 0, results), return_exceptions=True)
    print(res)
    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caught cancel", t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(worker(str(i), i / 100, results)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)
    for coro in asyncio.as_completed([worker("x", 0.02, results), worker("y", 0.01, results)]):
        print("as_completed", await coro)
    await asyncio.sleep(0)
    return "done"

print(asyncio.run(main()))
