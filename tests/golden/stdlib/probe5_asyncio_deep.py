import asyncio
async def worker(name, delay, result):
    # delay in hundredths, counted as loop turns (no wall clock)
    for _ in range(round(delay * 100)):
        await asyncio.sleep(0)
    print('worker', name, 'done')
    return result
async def failing():
    await asyncio.sleep(0)
    raise ValueError('task failed')
async def main():
    r = await asyncio.gather(worker('a', 0.02, 1), worker('b', 0.01, 2), worker('c', 0, 3))
    print('gather', r)
    r = await asyncio.gather(failing(), worker('d', 0, 4), return_exceptions=True)
    print('gather exc', [repr(x) for x in r])
    try:
        await asyncio.gather(failing(), worker('e', 0, 5))
    except ValueError as e:
        print('gather raised', e)
    t = asyncio.create_task(worker('t', 0, 'T'), name='my-task')
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    q = asyncio.Queue(maxsize=2)
    async def producer():
        for i in range(5):
            await q.put(i)
            print('put', i)
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            print('got', item)
            q.task_done()
        q.task_done()
    await asyncio.gather(producer(), consumer())
    await q.join()
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('wait_for timeout', type(e).__name__)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout ctx')
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('sleeper cancelled')
            raise
    st = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    st.cancel('stop it')
    try:
        await st
    except asyncio.CancelledError as e:
        print('cancelled', e.args, st.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('g1', 0, 1))
            tg.create_task(failing())
            tg.create_task(sleeper())
    except* ValueError as eg:
        print('taskgroup', repr(eg.exceptions))
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(worker(f'h{i}', 0, i * i)) for i in range(3)]
    print([t.result() for t in ts])
    ev = asyncio.Event()
    async def waiter():
        await ev.wait(); print('event seen')
    w = asyncio.create_task(waiter()); await asyncio.sleep(0); ev.set(); await w
    lock = asyncio.Lock()
    async def crit(n):
        async with lock:
            print('lock', n, lock.locked()); await asyncio.sleep(0)
    await asyncio.gather(*(crit(i) for i in range(3)))
    sem = asyncio.Semaphore(2)
    async def limited(n):
        async with sem:
            await asyncio.sleep(0); return n
    print(await asyncio.gather(*(limited(i) for i in range(4))))
    done, pending = await asyncio.wait([asyncio.create_task(worker('w', 0, 9))])
    print(len(done), len(pending), [d.result() for d in done])
    res = []
    for c in asyncio.as_completed([worker('x', 0.02, 'slow'), worker('y', 0, 'fast')]):
        res.append(await c)
    print(res)
    print(await asyncio.shield(worker('s', 0, 'shielded')))
    loop = asyncio.get_running_loop()
    fut = loop.create_future(); loop.call_soon(fut.set_result, 'fut!'); print(await fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
print(asyncio.run(main()))
try:
    asyncio.run(failing())
except ValueError as e:
    print('run raised', e)
try:
    asyncio.run(1)
except ValueError as e:
    print('ValueError', e)
