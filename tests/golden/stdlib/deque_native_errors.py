# collections.deque: CPython's exact errors for bad arguments and misuse.
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for args, kw in [((1, 2, 3), {}), ((), {'x': 1}), (([1],), {'iterable': 2}),
                 (([1], 3), {'maxlen': 2}), ((), {'maxlen': 'a'}), ((), {'maxlen': -1}),
                 ((), {'maxlen': 2 ** 70}), ((), {'maxlen': 2.0}), ((1,), {}),
                 ((1, 2, 3), {'maxlen': 1})]:
    attempt('deque%r%r' % (args, kw), lambda: deque(*args, **kw))

d = deque(range(5))
for i in [5, -6, 'a', 1.0, slice(1, 2), True, 2 ** 70, None]:
    attempt('get %r' % (i,), lambda: d[i])

    def store():
        d[i] = 1
    attempt('set %r' % (i,), store)
for i in [7, 'b', slice(None)]:
    def delete():
        del d[i]
    attempt('del %r' % (i,), delete)
for a in [(), (1, 2, 3), ('a',), (2 ** 70,), (1.5,), (None,)]:
    attempt('rotate%r' % (a,), lambda: d.rotate(*a))
for a in [(), (1,), (1, 2, 3, 4), (1, 'a'), (1, 0, 'b'), (1, 2 ** 80), (1, -2 ** 80), (3, None), (99,)]:
    attempt('index%r' % (a,), lambda: d.index(*a))
for a in [(), (1,), ('a', 1), (2 ** 70, 1), (1, 2, 3)]:
    attempt('insert%r' % (a,), lambda: d.insert(*a))
for name in ['append', 'appendleft', 'count', 'remove', 'extend', 'extendleft', 'pop',
             'popleft', 'clear', 'copy', 'reverse', '__copy__', '__reduce__', '__sizeof__',
             '__reversed__']:
    attempt(name, lambda: getattr(d, name)(1, 2))
attempt('kw append', lambda: d.append(x=1))
attempt('kw rotate', lambda: d.rotate(n=1))
attempt('kw index', lambda: d.index(1, start=0))
attempt('kw insert', lambda: d.insert(0, x=1))
attempt('remove missing', lambda: deque([1]).remove(2))
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('full insert', lambda: deque([1, 2], 2).insert(0, 3))
attempt('unbound', lambda: deque.append(1, 2))
attempt('wrapper', lambda: deque.__len__(1))
attempt('new', lambda: deque.__new__(int))
attempt('new ok', lambda: deque.__new__(deque, [1, 2], 3))
attempt('maxlen set', lambda: setattr(deque(), 'maxlen', 3))
attempt('maxlen del', lambda: delattr(deque(), 'maxlen'))
attempt('maxlen get', lambda: deque.maxlen.__get__(5))
attempt('hash', lambda: hash(deque()))
attempt('iter type', lambda: type(iter(deque()))())
attempt('iter arg', lambda: type(iter(deque()))(5))
attempt('extend int', lambda: deque().extend(5))
attempt('extendleft none', lambda: deque().extendleft(None))

for x in [1, [1], 'ab', 2.0, None]:
    for op in ['+', '*', '+=', '*=', '<', '==', '>=']:
        def run():
            dd = deque([1, 2])
            if op == '+=':
                dd += x
                return dd
            if op == '*=':
                dd *= x
                return dd
            return eval('dd %s x' % op)
        attempt('%s %r' % (op, x), run)
attempt('mul big', lambda: deque([1]) * 2 ** 70)
attempt('mul huge', lambda: deque([1, 2]) * 2 ** 62)
attempt('list + deque', lambda: [1] + deque([2]))


class R:
    def __radd__(self, other):
        return 'radd'

    def __rmul__(self, other):
        return 'rmul'


print(deque([1]) + R(), deque([1]) * R())
