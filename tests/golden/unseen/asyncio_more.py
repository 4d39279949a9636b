import asyncio
import contextlib

@contextlib.asynccontextmanager
async def connection(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def ticker(n, label):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)

async def main():
    async with connection("db") as c:
        print("using", c)
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(connection("a"))
        b = await st.enter_async_context(connection("b"))
        print(a, b)
    await asyncio.gather(ticker(3, "x"), ticker(2, "y"))
    done, pending = await asyncio.wait(
        [asyncio.create_task(asyncio.sleep(0.05, "slow")), asyncio.create_task(asyncio.sleep(0, "fast"))],
        return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for p in pending:
        p.cancel()
    cond = asyncio.Condition()
    box = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: box)
            print("consumed", box.pop())
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        box.append(1)
        cond.notify_all()
    await t
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print("executor", r)
    order = []
    loop.call_soon(order.append, 1)
    loop.call_later(0.001, order.append, 3)
    loop.call_soon(order.append, 2)
    await asyncio.sleep(0.01)
    print(order)
    t = asyncio.create_task(asyncio.sleep(1))
    t.add_done_callback(lambda fut: print("done callback, cancelled:", fut.cancelled()))
    await asyncio.sleep(0)
    t.cancel("reason here")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError args", e.args)
    await asyncio.sleep(0)
    async def retval():
        return 5
    print(await asyncio.wait_for(retval(), 1))
    print(asyncio.iscoroutinefunction(retval), asyncio.iscoroutine(retval()) if False else "")
    coro = retval()
    print(type(coro).__name__)
    coro.close()
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError", e)
    print(asyncio.current_task().get_name() != "", len(asyncio.all_tasks()))

asyncio.run(main())
async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finalized")
async def use():
    async for v in gen():
        print("got", v)
        break
    await asyncio.sleep(0)
asyncio.run(use())
print("end")
