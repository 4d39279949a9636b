# Failed futures and tasks nobody looked at: 3.11 reports them from the finalizer through
# the loop's exception handler ("... exception was never retrieved").
import asyncio
import io
import sys

HERE = __file__


def captured(fn):
    """Run fn with sys.stderr captured; print what the asyncio logger wrote."""
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        fn()
    finally:
        sys.stderr = old
    skip = False
    for line in buf.getvalue().splitlines():
        if skip:
            skip = False
            continue
        if line.startswith('  File "') and HERE not in line:
            skip = True  # a frame of the asyncio module itself: its path differs
            continue
        print('  |', line.replace(HERE, 'FILE'))


async def boom(kind=ValueError, text='boom'):
    raise kind(text)


async def unobserved_task():
    t = asyncio.ensure_future(boom())
    await asyncio.sleep(0)
    print('task done:', t.done())
    del t
    print('after del task')


async def unobserved_future():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(OSError(2, 'nope'))
    print(repr(f))
    del f
    print('after del future')


class MyFuture(asyncio.Future):
    pass


async def subclass_future():
    f = MyFuture()
    f.set_exception(KeyError('k'))
    del f


async def retrieved():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    a.set_exception(RuntimeError('a'))
    print('exception():', repr(a.exception()))
    b = loop.create_future()
    b.set_exception(RuntimeError('b'))
    try:
        b.result()
    except RuntimeError as e:
        print('result() raised', e)
    c = asyncio.ensure_future(boom(TypeError, 'c'))
    try:
        await c
    except TypeError as e:
        print('awaited', e)
    d = loop.create_future()
    d.cancel()
    t = asyncio.ensure_future(boom())
    t.cancel()
    await asyncio.sleep(0)
    print('cancelled:', d.cancelled(), t.cancelled())
    f = loop.create_future()
    f.set_exception(ValueError('x'))
    f._log_traceback = False
    try:
        f._log_traceback = True
    except ValueError as e:
        print('ValueError', e)
    del a, b, c, d, t, f
    print('nothing logged above')


async def gathered():
    t1 = asyncio.ensure_future(boom(ValueError, 'first'))
    t2 = asyncio.ensure_future(boom(KeyError, 'second'))
    try:
        await asyncio.gather(t1, t2)
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0)
    del t1, t2
    res = await asyncio.gather(boom(), boom(KeyError, 'k'), return_exceptions=True)
    print('return_exceptions:', res)


def handler(loop, context):
    print('handler got', sorted(context))
    print('  message:', context['message'])
    exc = context.get('exception')
    print('  exception:', type(exc).__name__, exc)
    fut = context.get('future')
    print('  future:', type(fut).__name__, fut.done() if fut is not None else None)


async def custom_handler():
    loop = asyncio.get_running_loop()
    print('default handler is None:', loop.get_exception_handler() is None)
    loop.set_exception_handler(handler)
    print('installed:', loop.get_exception_handler() is handler)
    t = loop.create_task(boom(KeyError, 'k'))
    await asyncio.sleep(0)
    del t
    f = loop.create_future()
    f.set_exception(RuntimeError('rt'))
    del f
    loop.call_exception_handler({'message': 'custom', 'extra': 1})
    loop.set_exception_handler(None)
    print('reset:', loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError', e)


def bad_handler(loop, context):
    raise LookupError('handler failed')


async def failing_handler():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(bad_handler)
    loop.call_exception_handler({'message': 'm1'})
    loop.set_exception_handler(None)


async def default_handler_keys():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({'message': 'hello', 'zeta': [1], 'alpha': 'a',
                                 'exception': KeyError(3)})
    loop.call_exception_handler({})
    loop.default_exception_handler({'message': 'direct', 'future': None})


def cb(x):
    raise ValueError(x)


async def callback_error():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 7)
    await asyncio.sleep(0)


async def reprs():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(cb)
    print(repr(f).replace(HERE, 'FILE'))
    f.remove_done_callback(cb)
    f.set_result([1, 2])
    print(repr(f))
    t = asyncio.ensure_future(boom(), )
    await asyncio.sleep(0)
    print(repr(t).replace(HERE, 'FILE'))
    t.exception()
    g = asyncio.ensure_future(asyncio.sleep(0, 'r'))
    await g
    print(repr(g).replace(HERE, 'FILE').split(' coro=')[0])
    w = loop.create_future()

    async def waiter():
        await w
    t2 = asyncio.ensure_future(waiter())
    await asyncio.sleep(0)
    print(repr(t2).replace(HERE, 'FILE'))
    t2.cancel()
    print(repr(t2).replace(HERE, 'FILE'))
    await asyncio.sleep(0)
    print(repr(t2).replace(HERE, 'FILE'))


for step in (unobserved_task, unobserved_future, subclass_future, retrieved, gathered,
             custom_handler, failing_handler, default_handler_keys, callback_error, reprs):
    print('--', step.__name__)
    captured(lambda: asyncio.run(step()))


async def last():
    t = asyncio.ensure_future(boom(ZeroDivisionError, 'at the end'))
    await asyncio.sleep(0)
    del t

print('-- last one to the real stderr')
asyncio.run(last())
sys.exit(1)
