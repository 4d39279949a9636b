# asyncio's 3.11 structured concurrency and waiting helpers: TaskGroup (errors
# grouped, siblings and the body cancelled), timeout()/timeout_at(), wait()
# with return_when, as_completed, shield, to_thread, run_in_executor, Runner.
import asyncio


async def job(ms, fail=False):
    await asyncio.sleep(ms / 1000)
    if fail:
        raise KeyError(ms)
    return ms


async def main():
    me = asyncio.current_task()
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(i)) for i in range(3)]
    print([t.result() for t in ts])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, True))
            slow = tg.create_task(job(300, True))
    except* KeyError as eg:
        print("KeyErrors:", [str(e) for e in eg.exceptions], slow.cancelled())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1))
            raise ValueError("body")
    except ExceptionGroup as eg:
        print(repr(eg), eg.exceptions)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, True))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print("body cancelled", eg.exceptions)

    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = job(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    async with asyncio.timeout(None) as cm:
        print(cm.when(), cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(0.001) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, cm.expired(), repr(cm))
    async with asyncio.timeout(5) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.001)
    print(cm.expired(), repr(cm))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout_at in the past")
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(5, True))
    t3 = asyncio.create_task(job(400))
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done) == sorted([t1.get_name(), t2.get_name()]),
          pending == {t3})
    done, pending = await asyncio.wait([t3], timeout=0.001)
    print(len(done), len(pending))
    done, pending = await asyncio.wait([t1, t3], return_when=asyncio.FIRST_COMPLETED)
    print(done == {t1}, pending == {t3})
    t3.cancel()
    for bad in ([], job(1), set()):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    if asyncio.iscoroutine(bad):
        bad.close()
    try:
        await asyncio.wait([t1], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    c = job(1)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()

    res = []
    for f in asyncio.as_completed([job(30), job(1), job(15)]):
        res.append(await f)
    print(res)
    try:
        for f in asyncio.as_completed([job(300)], timeout=0.001):
            await f
    except TimeoutError:
        print("as_completed timeout")

    inner = asyncio.create_task(job(2))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())

    print(await asyncio.to_thread(lambda a, b=1: a + b, 4, b=5))
    print(await loop.run_in_executor(None, max, 3, 9))
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.isfuture(t1), asyncio.isfuture(job), asyncio.isfuture(loop.create_future()))
    print("cancelling", me.cancelling())
    return "ok"


print(asyncio.run(main()))


async def double(x):
    await asyncio.sleep(0)
    return x * 2

with asyncio.Runner() as runner:
    print(runner.run(double(1)), runner.run(double(2)))
    print(type(runner.get_loop()).__name__ != "")
try:
    runner.run(double(3))
except RuntimeError as e:
    print("RuntimeError:", e)
coro = double(4)
try:
    asyncio.Runner().run(1)
except ValueError as e:
    print("ValueError:", e)
coro.close()


async def uncaught():
    async with asyncio.timeout(0.001):
        await asyncio.sleep(1)

asyncio.run(uncaught())
