import asyncio
PAGES = {'/': ['/a', '/b'], '/a': ['/c'], '/b': ['/c', '/d'], '/c': [], '/d': ['/']}
async def fetch(path):
    await asyncio.sleep(0)
    return PAGES[path]
async def crawl(root, limit=2):
    seen = {root}
    queue = asyncio.Queue()
    await queue.put(root)
    order = []
    async def worker(n):
        while True:
            path = await queue.get()
            order.append((n, path))
            for link in await fetch(path):
                if link not in seen:
                    seen.add(link)
                    await queue.put(link)
            queue.task_done()
    workers = [asyncio.create_task(worker(i)) for i in range(limit)]
    await queue.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    return order, sorted(seen)
print(asyncio.run(crawl('/')))
async def countdown(name, n):
    while n:
        print(name, n)
        await asyncio.sleep(0)
        n -= 1
    return name
async def main():
    results = await asyncio.gather(countdown('A', 3), countdown('B', 2))
    print(results)
    task = asyncio.create_task(countdown('C', 1))
    print(task.done())
    await task
    print(task.done(), task.result(), task.exception())
asyncio.run(main())
async def bad():
    raise KeyError('missing')
async def main2():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except KeyError as e:
        print('KeyError', e)
asyncio.run(main2())
async def slow():
    await asyncio.sleep(1)
async def main3():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled?', t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result raised CancelledError', e.args)
asyncio.run(main3())
