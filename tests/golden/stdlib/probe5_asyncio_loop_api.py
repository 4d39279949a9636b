import asyncio
log = []
def cb(tag):
    log.append(tag)
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 'soon1')
    h = loop.call_soon(cb, 'cancelled')
    h.cancel()
    loop.call_later(0.01, cb, 'later')
    loop.call_soon(cb, 'soon2')
    await asyncio.sleep(0.02)
    print(log, h.cancelled())
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('done cb', f.result()))
    loop.call_soon(fut.set_result, 10)
    print(await fut, fut.done())
    f2 = loop.create_future(); f2.set_exception(KeyError('k'))
    try:
        await f2
    except KeyError as e:
        print('future exc', repr(e))
    f3 = loop.create_future(); f3.cancel()
    print(f3.cancelled(), f3.done())
    try:
        f3.result()
    except asyncio.CancelledError:
        print('result of cancelled raises')
    f4 = loop.create_future()
    try:
        f4.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    print(asyncio.current_task().get_name().startswith('Task-'), len(asyncio.all_tasks()))
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print('executor', r)
    print(await asyncio.to_thread(max, 4, 9))
    async def agen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen()])
    print(await asyncio.wait_for(asyncio.sleep(0, 'val'), 1))
    async def two():
        return 2
    done, pending = await asyncio.wait({asyncio.create_task(two()), asyncio.create_task(asyncio.sleep(1))}, timeout=0.01)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    c = asyncio.Condition()
    async def notifier():
        async with c:
            c.notify_all()
    async def waiter():
        async with c:
            await c.wait(); return 'woken'
    w = asyncio.create_task(waiter()); await asyncio.sleep(0); await notifier(); print(await w)
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]: pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue(); [lq.put_nowait(x) for x in 'abc']; print(lq.get_nowait(), lq.qsize(), lq.empty(), lq.full())
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    bq = asyncio.Queue(1); bq.put_nowait(1)
    try:
        bq.put_nowait(2)
    except asyncio.QueueFull:
        print('QueueFull')
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'ruc')), loop.is_running(), loop.is_closed())
loop.run_until_complete(main())
loop.close(); print(loop.is_closed())
with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, 'runner1')), runner.run(asyncio.sleep(0, 'runner2')))
async def nested():
    asyncio.run(asyncio.sleep(0))
try:
    asyncio.run(nested())
except RuntimeError as e:
    print('RuntimeError', e)
