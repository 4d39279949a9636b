# Counts an async generator sees of itself while its awaitables (asend, athrow,
# __anext__, anext(), async for) drive it, and a contextmanager's generator while a
# with statement enters and leaves it.
import contextlib
import sys

rc = sys.getrefcount
rec = []


def show(name):
    print(f'{name:20} {rec}')
    rec.clear()


async def agen_self(n):
    for i in range(n):
        rec.append(rc(a))
        yield i


def step(aw, v=None):
    try:
        return aw.send(v)
    except StopIteration as e:
        return ('stop', e.value)
    except StopAsyncIteration:
        return 'sai'


a = agen_self(3)
for _ in range(4):
    step(a.asend(None))
show('asend')
a = agen_self(3)
step(a.__anext__())
step(a.__anext__())
show('__anext__')
a = agen_self(3)
aw = a.asend(None)
step(aw)
del aw
show('asend_held')
a = agen_self(3)
step(a.asend(None))
try:
    a.athrow(ValueError).send(None)
except ValueError:
    rec.append('VE')
show('athrow')


async def agen_catch(n):
    for i in range(n):
        try:
            rec.append(rc(a))
            yield i
        except ValueError:
            rec.append(('caught', rc(a)))


a = agen_catch(3)
step(a.asend(None))
step(a.athrow(ValueError))
step(a.athrow(ValueError, ValueError('x')))
show('athrow_caught')
step(a.aclose())
show('aclose')

a = agen_self(2)
step(anext(a))
step(anext(a, 'dflt'))
step(anext(a, 'dflt'))
show('anext')


async def consume():
    async for v in a:
        pass


a = agen_self(2)
step(consume())
show('async_for')


async def consume_comp():
    return [v async for v in a]


a = agen_self(2)
step(consume_comp())
show('async_comp')


class O:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        rec.append(f'd{self.i}')


@contextlib.contextmanager
def cm():
    rec.append(('enter', rc(h)))
    try:
        yield O(7)
    finally:
        rec.append(('exit', rc(h)))


h = None


def use():
    global h
    m = cm()
    h = m.gen
    with m as v:
        rec.append(('body', rc(v)))
    del v


use()
show('contextmanager')
