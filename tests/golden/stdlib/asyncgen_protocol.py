# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables, their
# states and CPython's messages.
import types


@types.coroutine
def suspend(v):
    got = yield v
    return got


def run(coro):
    """Drives a coroutine to completion, printing what it passes up."""
    sent = None
    while True:
        try:
            v = coro.send(sent)
        except StopIteration as e:
            return e.value
        print('  loop got', v)
        sent = 'R' + str(v)


async def agen(n):
    try:
        for i in range(n):
            x = await suspend(i)
            print('  agen awaited ->', x)
            got = yield i * 10
            print('  agen got', got)
    finally:
        print('  agen finally')


async def collect(ag):
    return [x async for x in ag]


print(run(collect(agen(3))))

# __anext__ awaitable: StopIteration(value) at a yield
a = agen(2)
n = a.__anext__()
print(type(n).__name__, n.send(None))
try:
    n.send('s')
except StopIteration as e:
    print('StopIteration', e.args)
try:
    n.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    n.throw(ValueError)
except RuntimeError as e:
    print('RuntimeError', e)
print(n.close())

# asend: the value reaches the yield
n = a.asend('hello')
print(n.send(None))
try:
    n.send(None)
except StopIteration as e:
    print('StopIteration', e.args)

# athrow: the exception is raised at the yield
async def catcher():
    while True:
        try:
            yield 1
        except KeyError as e:
            print('  caught', repr(e))


c = catcher()
print(run(c.__anext__()))
print(run(c.athrow(KeyError('k'))))
print(run(c.athrow(KeyError, 'v')))
try:
    run(c.athrow(ValueError('boom')))
except ValueError as e:
    print('ValueError', e)
# finished: further anext -> StopAsyncIteration
try:
    run(c.__anext__())
except StopAsyncIteration as e:
    print('StopAsyncIteration', e.args)
print(run(c.aclose()))
try:
    run(c.athrow(KeyError))
except StopAsyncIteration:
    print('athrow on closed: StopAsyncIteration')

# aclose runs finally; a second aclose is fine
a = agen(5)
print(run(a.__anext__()))
print(run(a.aclose()))
print(run(a.aclose()))
try:
    run(a.__anext__())
except StopAsyncIteration:
    print('closed: StopAsyncIteration')

# aclose on a generator that yields in finally
async def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
run(s.__anext__())
try:
    run(s.aclose())
except RuntimeError as e:
    print('RuntimeError', e)

# aclose never started
async def never():
    print('never runs')
    yield


print(run(never().aclose()))

# StopIteration / StopAsyncIteration raised inside
async def raises(exc):
    yield 1
    raise exc


for exc in (StopIteration, StopAsyncIteration, KeyError):
    r = raises(exc('x'))
    run(r.__anext__())
    try:
        run(r.__anext__())
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))

# already running
a = agen(2)
n1 = a.__anext__()
print(n1.send(None))
for make in (a.__anext__, a.aclose, lambda: a.athrow(ValueError), lambda: a.asend(1)):
    try:
        make().send(None)
    except RuntimeError as e:
        print('RuntimeError', e)
print('ag_running', a.ag_running, type(a.ag_await).__name__)
try:
    n1.send('x')
except StopIteration as e:
    print('StopIteration', e.args)
print('ag_running', a.ag_running)

# athrow arguments checked when awaited
a = agen(2)
run(a.__anext__())
try:
    run(a.athrow(1))
except TypeError as e:
    print('TypeError', e)
try:
    a.athrow()
except TypeError as e:
    print('TypeError', e)
try:
    a.asend()
except TypeError as e:
    print('TypeError', e)
n = a.aclose()
try:
    n.send(1)
except RuntimeError as e:
    print('RuntimeError', e)
print(run(a.aclose()))

# iterating the awaitable directly
a = agen(1)
for v in a.__anext__():
    print('iter got', v)
try:
    next(agen(1).__anext__())
except StopIteration as e:
    print('next: StopIteration', e.args)

# athrow() with a wrong count fails when awaited
a = agen(2)
run(a.__anext__())
n = a.athrow()
try:
    n.send(None)
except TypeError as e:
    print('TypeError', e)
