# collections.deque: both ends, maxlen, rotation, indexing, iteration, errors.
from collections import deque


def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


d = deque('ghi')
d.append('j')
d.appendleft('f')
print(d, len(d), d[0], d[-1], list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend('jkl')
d.extendleft('abc')
print(d, 'h' in d, 'z' in d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.rotate(10)
print(d, d.index('k'), d.count('h'))
d.remove('h')
d.insert(2, 'X')
d.reverse()
print(d)
d[0] = 'first'
del d[1]
print(d, d.copy(), d.copy() is d, d.copy() == d)
d.clear()
print(d, bool(d), len(d))
print(deque(), deque([]), deque(range(3)), deque(maxlen=2), deque((1, 2), 5))
print(deque(iterable=[1], maxlen=None), deque([1, [2]]))

# maxlen: the far end is dropped
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(list(b), end=' ')
print(b, b.maxlen)
b.appendleft('L')
print(b)
b.extendleft([10, 11])
print(b)
print(deque('abcdef', 3), deque('ab', 0), deque(maxlen=0).maxlen)
z = deque(maxlen=0)
z.append(1)
z.extend(iter([1, 2, 3]))
print(z, len(z))

# many items at both ends
q = deque()
for i in range(1000):
    q.append(i)
    q.appendleft(-i)
print(len(q), q[0], q[-1], q[500], q[1500])
total = 0
while q:
    total += q.popleft()
    if q:
        total += q.pop()
print(total)
q = deque(range(10))
while len(q) > 1:
    q.rotate(-2)
    q.popleft()
print(q)

# comparisons and operators
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]), deque([2]) > deque([1, 5]))
print(deque([1], 2) + deque([2, 3]), deque([1, 2], 3) * 2, 2 * deque([1]), deque([0]) * 0)
e = deque([1])
e += [2, 3]
e *= 2
print(e)
e.extend(e)
print(e, len(e))
r = deque([1])
r.append(r)
print(r)

# iteration notices changes of size
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as exc:
    print('RuntimeError:', exc)
m = deque([1, 2, 3])
for x in m:
    m[0] = 5
print(m, type(iter(m)).__name__, type(reversed(m)).__name__)


class Sub(deque):
    pass


s = Sub([1, 2], 4)
print(s, s.copy(), type(s.copy()).__name__, Sub('ab'))
print(deque[int])

attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(maxlen='a'))
attempt(lambda: deque(maxlen=2.0))
attempt(lambda: deque([1, 2], 3, 4))
attempt(lambda: deque(x=1))
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque([1]).remove(2))
attempt(lambda: deque([1]).index(2))
attempt(lambda: deque('abc').index('c', 0, 2))
attempt(lambda: deque('abc').index('c', -1))
attempt(lambda: deque([1], 1).insert(0, 2))
attempt(lambda: deque([1])[5])
attempt(lambda: deque([1])[-2])
attempt(lambda: deque([1])['a'])
attempt(lambda: deque([1])[0:1])
attempt(lambda: deque([1]).__setitem__(3, 1))
attempt(lambda: deque([1]).__delitem__(3))
attempt(lambda: setattr(deque(), 'maxlen', 3))
attempt(lambda: deque([1]) + [2])
attempt(lambda: deque('abc').rotate('a'))
