# asyncio Tasks and Futures: states, results, exceptions, cancel() with messages,
# done callbacks, task names, current_task, Future awaited by several tasks, the
# errors of run() and of awaiting outside a loop, and the loop helpers.
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    t = asyncio.create_task(value(1), name="first")
    print(t.get_name(), t.done(), t.cancelled())
    print(await t, t.done(), t.result(), t.exception())
    t2 = asyncio.create_task(value(2))
    print(t2.get_name().startswith("Task-"))
    await t2
    f = asyncio.get_running_loop().create_future()
    print(f.done())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    seen = []
    f.add_done_callback(lambda fut: seen.append(fut.result()))

    async def waiter(n):
        r = await f
        return (n, r)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    f.set_result("shared")
    print(await asyncio.gather(*ws), seen)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError:
        print("already set")
    bad = asyncio.create_task(fail("boom"))
    try:
        await bad
    except ValueError as e:
        print("task raised", e, bad.done(), repr(bad.exception()))
    slow = asyncio.create_task(value("slow", 5))
    await asyncio.sleep(0)
    print(slow.cancel("stop it"), slow.cancel())
    try:
        await slow
    except asyncio.CancelledError as e:
        print("cancelled with", e.args, slow.cancelled())
    try:
        slow.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    print(asyncio.current_task() is not None, asyncio.current_task().get_name())
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception),
          asyncio.TimeoutError is TimeoutError)
    r = await asyncio.wait_for(value("quick", 0.001), timeout=1)
    print(r)
    try:
        await asyncio.wait_for(value("late", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out", type(e.__cause__).__name__)
    print(await asyncio.wait_for(value("none"), None))
    print(await asyncio.sleep(0, "sleep result"))
    print(await asyncio.gather())
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    order = []
    loop.call_soon(order.append, "soon")
    loop.call_later(0.001, order.append, "later")
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.01)
    print(order)
    try:
        asyncio.run(value(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
coro = value(3)
try:
    asyncio.run(coro)
finally:
    print("ran", coro.cr_frame)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(value("manual")))
loop.close()
print(loop.is_closed())


async def leftover():
    await asyncio.sleep(10)


async def starts_background():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return "background cancelled at exit"

print(asyncio.run(starts_background()))
