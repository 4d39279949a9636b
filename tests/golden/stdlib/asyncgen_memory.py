# Async generators' memory: sizes, gc tracking, reference counts, finalization without
# an event loop, sys.set_asyncgen_hooks.
import gc
import sys
import types

gc.collect()  # what importing left behind (refpy imports `types` late)


@types.coroutine
def suspend():
    yield 'tick'


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


async def holder(d):
    try:
        yield 1
        await suspend()
        yield 2
    finally:
        print('holder finally')


async def small():
    yield 1


a = small()
print(type(a) is types.AsyncGeneratorType, type(a).__name__)
print(sys.getsizeof(a) == sys.getsizeof(small()))
n = a.__anext__()
print(sys.getsizeof(n), sys.getsizeof(a.aclose()), sys.getsizeof(a.athrow(KeyError)))
print(gc.is_tracked(a), gc.is_tracked(n), gc.is_tracked(a.asend(None)))
print(sys.getrefcount(a))
n2 = a.asend(None)
print(sys.getrefcount(a))
del n, n2
print(sys.getrefcount(a))
v = 'payload-' + str(42)
print(sys.getrefcount(v))
s = a.asend(v)
print(sys.getrefcount(v))
del s
print(sys.getrefcount(v))
print(gc.get_referents(a.__anext__()) == [a] or [type(r).__name__ for r in gc.get_referents(a.__anext__())])

# release order: dropping an unstarted one frees its arguments at once
h = holder(D('unstarted'))
del h
print('--')
# a started one is closed in place (no hooks): finally runs, then the argument dies
h = holder(D('started'))
print(run(h.__anext__()))
del h
print('--')
# suspended inside an await
h = holder(D('in await'))
run(h.__anext__())
aw = h.__anext__()
print(aw.send(None))
del aw
del h
print('--')
# in a cycle: the collector finalizes it
box = [D('cycle')]
h = holder(box)
box.append(h)
run(h.__anext__())
del h, box
print(gc.collect() > 0)
print('--')

# hooks
print(sys.get_asyncgen_hooks())
seen = []


def firstiter(agen):
    print('firstiter', agen.__name__)
    seen.append(agen)


def finalizer(agen):
    print('finalizer', agen.__name__, agen.ag_running)
    run(agen.aclose())


sys.set_asyncgen_hooks(firstiter, finalizer)
print(sys.get_asyncgen_hooks() == (firstiter, finalizer))
h = holder(D('hooked'))
print('made')
print(run(h.__anext__()))
print(seen[0] is h, sys.getrefcount(h))
seen.clear()
del h
print('--')
# hooks are taken at the first iteration: changing them later does not matter
h = holder(D('early'))
run(h.__anext__())
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks().firstiter is firstiter)
seen.clear()
del h
print('--')
sys.set_asyncgen_hooks(None, None)
for bad in ({'firstiter': 1}, {'finalizer': 'x'}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print('TypeError', e)
print(sys.get_asyncgen_hooks())


# an exception from the finalizer hook is unraisable: the program goes on
def bad_finalizer(agen):
    raise ValueError('finalizer failed')


sys.set_asyncgen_hooks(finalizer=bad_finalizer)
h = holder(D('bad'))
run(h.__anext__())
sys.set_asyncgen_hooks(finalizer=None)
h = None
print('still running')
