import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, contextmanager, ContextDecorator

events = []

@asynccontextmanager
async def session(name):
    events.append(f"enter {name}")
    await asyncio.sleep(0)
    try:
        yield f"<{name}>"
    finally:
        events.append(f"exit {name}")

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        events.append("agen closed")

async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session("db"))
        b = await stack.enter_async_context(session("cache"))
        stack.push_async_callback(async_cb, "async cb")
        stack.callback(events.append, "sync cb")
        print(a, b)
    print(events)
    events.clear()
    try:
        async with session("failing"):
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e)
    print(events)
    events.clear()
    async with aclosing(agen()) as g:
        async for x in g:
            if x == 2:
                break
    print(events)

async def async_cb(msg):
    events.append(msg)

asyncio.run(main())

class timed(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0].__name__ if exc[0] else None)
        return False

@timed()
def work(n):
    print("working", n)
    return n * 2

print(work(3))

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")

@tag("p")
def para():
    print("text")

para()
para()
with tag("a"), tag("b"):
    print("nested")
