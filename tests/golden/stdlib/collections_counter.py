# collections.Counter: construction forms, update/subtract with mappings, iterables and
# keywords, most_common ties, elements, the multiset operators and their in-place forms
# with zero and negative counts, comparisons, reprs, copying and errors.
import copy
import pickle
import sys
from collections import Counter, OrderedDict

c = Counter('abracadabra')
print(c, c.total(), len(c), c['z'], 'z' in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(10))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter({'x': 3, 'y': -2}), Counter(x=1, y=2), Counter(), Counter(None), Counter([]))
print(Counter(['a', 'b'], a=5), Counter(OrderedDict(q=1)), Counter(Counter(a=1)))

d = Counter(a=1)
d.update('aab')
d.update({'a': 10, 'c': 0.5})
d.update(b=2)
d.update(None)
d.update(Counter(b=-7))
print(d)
e = Counter()
e.update({'k': 'v'})          # an empty Counter takes a mapping as it is
print(e)
d.subtract('aaaz')
d.subtract({'c': 1.5})
d.subtract(a=100)
d.subtract(None)
print(d)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter('ab', 'cd')
except TypeError as e:
    print('TypeError', e)
try:
    Counter(5)
except TypeError as e:
    print('TypeError', e)

p = Counter(a=3, b=1, c=0, d=-2)
q = Counter(a=1, b=4, e=2, f=-1)
for name, r in [('+', p + q), ('-', p - q), ('|', p | q), ('&', p & q), ('+p', +p), ('-p', -p),
                ('q-p', q - p), ('q|p', q | p), ('q&p', q & p)]:
    print(name, r)
for op in ['+', '-', '|', '&']:
    x = Counter(p)
    y = x
    exec('x %s= q' % op)
    print(op + '=', x, x is y)
x = Counter(a=1)
x += {'a': -5, 'b': 2}        # in-place forms accept any mapping
print(x)
for bad in ['p + {}', 'p - 1', 'p | None', 'p & []', '{} + p']:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, 'TypeError', e)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter() == {},
      Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=2),
      Counter(a=2) >= Counter(a=1, b=0), Counter(a=2) > Counter(a=1, b=-1), Counter(a=1) > Counter(a=1))
try:
    Counter() < {}
except TypeError as e:
    print('TypeError', e)
try:
    hash(Counter())
except TypeError as e:
    print('TypeError', e)

m = Counter(a=1, b=2)
del m['a']
del m['missing']
print(m, m.pop('b'), m, m.setdefault('n', 3), m)
print(repr(Counter({1: 'x', 2: 3})), repr(Counter({'a': 1, 'b': 1, 'c': 2})))


class Tally(Counter):
    pass


t = Tally('aab')
print(t, type(t + t).__name__, type(t.copy()).__name__, type(copy.copy(t)).__name__,
      type(copy.deepcopy(t)).__name__, t.__reduce__())
u = pickle.loads(pickle.dumps(t))
print(u, type(u).__name__, u == t)
print(sys.getsizeof(Counter()) == sys.getsizeof({}), Counter.__mro__[1].__name__)
