# collections: namedtuple's validation messages, rename, defaults, module, the methods'
# docs and errors, pickling; OrderedDict's ordering operations, equality, views and reprs.
import copy
import pickle
import sys
from collections import namedtuple, OrderedDict


def err(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for args, kw in [(('P', 'x y'), {}), (('P', 'x, y'), {}), (('P', ['x', 'y']), {}), (('P', ''), {}),
                 (('P', 'x,,y'), {}), (('1P', 'x'), {}), (('P', 'x 1y'), {}), (('P', 'x class'), {}),
                 (('def', 'x'), {}), (('P', 'x _y'), {}), (('P', 'x x'), {}), (('P', [1, 2]), {}),
                 ((5, 'x'), {}), (('P', 'x y'), {'defaults': [1, 2, 3]}), (('P', 'x', 'y'), {}),
                 (('P', 'x _y x class 9'), {'rename': True}), (('P', 'abc abc _a def'), {'rename': True})]:
    try:
        T = namedtuple(*args, **kw)
        print(args, kw, T.__name__, T._fields, T.__doc__)
    except (TypeError, ValueError) as e:
        print(args, kw, type(e).__name__, e)

P = namedtuple('Point', 'x y z', defaults=(0, [9]))
print(P._field_defaults, P(1), P(1, 2, 3), P(x=1, z=5), P.__match_args__)
for bad in [lambda: P(), lambda: P(1, 2, 3, 4), lambda: P(1, x=2), lambda: P(w=1), lambda: P._make([1]),
            lambda: P._make(range(4)), lambda: P(1)._replace(w=5), lambda: P(1)._replace(1),
            lambda: P(1).__setattr__('x', 5), lambda: setattr(P(1), 'x', 5), lambda: delattr(P(1), 'x'),
            lambda: P(1).other]:
    print(err(bad))
Q = namedtuple('Q', 'a b')
for bad in [lambda: Q(), lambda: Q(1), lambda: Q(1, 2, 3), lambda: Q(b=1)]:
    print(err(bad))
One = namedtuple('One', 'only')
print(One.__doc__, One.__new__.__doc__, err(lambda: One(1, 2)), One(5), One._make('a'))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, err(lambda: Empty(1)), Empty._make([]))
p = P(1, 2, 3)
print(p._asdict(), p._replace(y=20), P._make(iter([4, 5, 6])), p.__getnewargs__(), p == (1, 2, 3))
print(P.__new__.__doc__, P._make.__doc__, P._replace.__doc__, P.__repr__.__doc__, P._asdict.__doc__,
      P.__getnewargs__.__doc__, P.x.__doc__, P.z.__doc__)
print(P.__new__.__qualname__, P._make.__qualname__, P.__repr__.__qualname__, P.__module__, P.__slots__)
print(namedtuple('M', 'a', module='my.mod').__module__, namedtuple('M', 'a', module=None).__module__)
Point = namedtuple('Point', 'x y z', defaults=(0, [9]))
globals()['Point'] = Point
pt = Point(1, 2)
print(pickle.loads(pickle.dumps(pt)), copy.copy(pt) == pt, copy.deepcopy(pt), sys.getsizeof(pt) == sys.getsizeof((1, 2, 3)))


class Sub(namedtuple('Base', 'a b')):
    __slots__ = ()

    @property
    def total(self):
        return self.a + self.b


s = Sub(1, 2)
print(s, s.total, type(s._replace(a=5)).__name__, type(Sub._make([3, 4])).__name__, s._asdict())

# OrderedDict
od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
od.move_to_end('d', last=False)
print(od, list(od.keys()), list(reversed(od)), list(reversed(od.values())), list(reversed(od.items())))
print(od.popitem(), od.popitem(last=False), od, err(lambda: od.move_to_end('zz')),
      err(lambda: OrderedDict().popitem()))
print(od.pop('a'), od.pop('zz', 'dflt'), err(lambda: od.pop('zz')), od.setdefault('c', 9),
      od.setdefault('n', 1), od)
x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == {'a': 1, 'b': 2}, x.__hash__)
print(x | {'c': 3}, {'c': 3} | x, type({'c': 3} | x).__name__, x.__or__([1]))
x |= [('z', 26)]
print(x, repr(OrderedDict()), x.keys(), x.values(), x.items())
loop = OrderedDict()
loop['me'] = loop
print(loop)
z = copy.copy(x)
z.attr = 'kept'
w = pickle.loads(pickle.dumps(z))
print(type(z).__name__, z == x, w, w.attr, copy.deepcopy(z).attr, z.__reduce__()[2])


class Last(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


l = Last(a=1, b=2)
l['a'] = 3
print(l, type(l.copy()).__name__, Last.fromkeys('xy'), type(l | {}).__name__)
