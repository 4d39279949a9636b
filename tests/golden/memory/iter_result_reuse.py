# zip, enumerate and dict.items() iterators reuse their result tuple while nobody else
# holds it (CPython's zip_next / enum_next / dictiter_iternextitem): what that shows
# through identity, refcounts, gc tracking and release order.
import gc
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  del', self.name)


def identities(it):
    """Whether consecutive results are the same tuple object, when each is dropped."""
    ids = []
    for t in it:
        ids.append(id(t))
        del t
    return [a == b for a, b in zip(ids, ids[1:])]


print('zip same', identities(zip('abc', 'def')))
print('enumerate same', identities(enumerate('abc')))
print('items same', identities({1: 2, 3: 4, 5: 6}.items()))
print('reversed items same', identities(reversed({1: 2, 3: 4, 5: 6}.items())))

# A result someone keeps is not reused: the next one is a new tuple.
it = zip([1, 2, 3], [4, 5, 6])
first = next(it)
second = next(it)
print('kept', first, second, first is second)
del first
third = next(it)
print('after release', third)

# The cached result keeps its items alive until the next step.
a, b = D('a1'), D('b1')
it = zip([a], [b])
pair = next(it)
del pair
print('refcount while cached', sys.getrefcount(a) - 1)
del a, b
print('releasing the iterator')
del it

# Old items are released in order when the tuple is refilled.
objs = [D('x%d' % i) for i in range(3)]
ys = [D('y%d' % i) for i in range(3)]
it = zip(objs, ys)
del objs, ys
for step in range(4):
    print('step', step)
    r = next(it, None)
    del r
print('done zip')

d = {D('k%d' % i): D('v%d' % i) for i in range(3)}
it = iter(d.items())
for step in range(3):
    print('items step', step)
    r = next(it)
    del r
print('clearing dict')
d.clear()
print('dropping iterator')
del it

# gc tracking: a collection may untrack a cached tuple of atomic items; refilling it
# with a container tracks it again.
it = enumerate([1, 2, [3]])
r = next(it)
print('tracked before', gc.is_tracked(r))
del r
gc.collect()
r = next(it)
print('tracked after collect (atomic items)', gc.is_tracked(r))
del r
r = next(it)
print('tracked with a list item', gc.is_tracked(r))
del r

# The counts of the generations do not move for a reused tuple.
for make in (lambda: zip(range(50), range(50)), lambda: enumerate(range(50)),
             lambda: iter({i: i for i in range(50)}.items())):
    it = make()
    gc.collect()
    before = gc.get_count()[0]
    for pair in it:
        pass
    print('count moved', gc.get_count()[0] - before)
    del it, pair
