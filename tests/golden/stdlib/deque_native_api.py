# collections.deque as a native type: the whole API on plain values.
import collections
from collections import deque

d = deque('abc')
d.append('d'); d.appendleft('z')
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('xy'); d.extendleft('12')
print(d)
print(d.count('x'), d.index('x'), d.index('a', 2), d.index('y', -3, 100))
d.insert(2, 'I'); d.insert(-1, 'J'); d.insert(100, 'E'); d.insert(-100, 'S')
print(d)
d.remove('I'); d.reverse(); print(d)
d.rotate(); print(d); d.rotate(-3); print(d); d.rotate(1000001); print(d)
print(d[0], d[-1], d[3], 'x' in d, 'q' in d, 'q' not in d)
d[0] = 'first'; d[-1] = 'last'; del d[1]; del d[-2]
print(d, list(reversed(d)))
c = d.copy(); print(c == d, c is d, type(c).__name__, c.__copy__())
c.clear(); print(c, d != c)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque([0]), deque([1, 2]) * 0)
e = deque([1]); e += [2, 3]; e += e; print(e)
e *= 2; print(e, len(e))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]),
      deque([1]) >= deque([1, 0]), deque() == deque(), deque([1]) != deque([1.0]))
print(deque.__eq__(deque(), []), deque([1]) == [1])

# maxlen: trimming at the other end, in every operation that grows the deque
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m); m.appendleft(-1); print(m)
m.extend([20, 21]); print(m); m.extendleft([30, 31]); print(m)
m += [40]; print(m); m *= 2; print(m)
print(deque([1], 4) * 10, deque([1, 2], 5) * 4, deque('abc', 2) + deque('de'))
z = deque(maxlen=0); z.append(1); z.extend(range(5)); z.extendleft('ab'); print(z, len(z))
print(repr(deque(maxlen=0)), deque([], 7), deque(maxlen=None).maxlen)

# recursive repr, keyword forms
r = deque([1]); r.append(r); r.appendleft([r]); print(r)
print(deque(iterable=[1, 2], maxlen=5), deque([3], maxlen=None), deque(maxlen=True))

# iterators
d = deque(range(5))
it = iter(d); print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
rv = reversed(d); print(next(rv), rv.__length_hint__(), list(rv))
print(type(iter(d)).__name__, type(reversed(d)).__name__, type(iter(d)).__module__)
it = iter(d); next(it); next(it)
cls, (src, read) = it.__reduce__(); print(cls.__name__, src, read)
print(list(cls(src, read)), list(type(reversed(d))(d, 3)))
print(iter(it) is it, list(zip(d, reversed(d))))

# reduce, generic alias, registrations
print(deque([1, 2]).__reduce__()[:3], deque([1], 9).__reduce__()[:3])
print(list(deque([1, 2]).__reduce__()[3]))
print(deque[int], collections.deque is deque, deque.__module__, deque.__name__)
print(isinstance(deque(), collections.abc.MutableSequence), issubclass(deque, collections.abc.Sequence))
print(sorted(k for k in deque.__dict__ if not k.startswith('__')))
print(type(deque.__dict__['append']).__name__, type(deque.__dict__['__len__']).__name__)
import copy, pprint
print(copy.copy(deque([[1]], 3)), copy.deepcopy(deque([[1], [2]])))
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(['a' * 10] * 6, maxlen=8), width=30)
import _collections
print(_collections.deque is deque, type(iter(deque())) is _collections._deque_iterator)
