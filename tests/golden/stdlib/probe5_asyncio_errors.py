import asyncio, sys
async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(f'boom {n}')
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(2))
    except ExceptionGroup as eg:
        print(repr(eg), [str(e) for e in eg.exceptions], eg.message)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0))
            raise KeyError('body')
    except* KeyError as eg:
        print('body error', repr(eg.exceptions[0]))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(r, type(r[0]).__name__)
    async def slow():
        await asyncio.sleep(5)
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError as e:
        print('TimeoutError', type(e).__mro__[1].__name__, e.args)
    try:
        async with asyncio.timeout(0.001) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('expired', cm.expired(), cm.when() is not None)
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0)
    print(cm2.expired(), cm2.when())
    print(asyncio.iscoroutine(slow()), asyncio.iscoroutinefunction(slow), asyncio.isfuture(t))
    c = slow(); c.close()
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(RuntimeError('never retrieved'))
    del fut
    async def ret(): return 5
    tasks = [asyncio.ensure_future(ret()) for _ in range(2)]
    print(await asyncio.gather(*tasks), tasks[0].done())
    try:
        await asyncio.gather(boom(3), boom(4))
    except ValueError as e:
        print('first error', e)
    await asyncio.sleep(0.01)
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print('TypeError', e)
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print('queue get timed out', q.qsize())
    print(str(asyncio.Queue(3)), asyncio.Event().is_set(), repr(asyncio.Lock())[-12:])
asyncio.run(main())
async def lone():
    raise RuntimeError('escapes run')
sys.stdout.flush()
asyncio.run(lone())
