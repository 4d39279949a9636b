# pympler.asizeof: deep sizes of fixed structures, as Pympler 1.0.1 gives them on CPython 3.11.
import array
import collections
import sys
from pympler import asizeof


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1, 2]
        self.b = 'hello'


class MoreSlots(Slotted):
    __slots__ = ('__c',)

    def __init__(self):
        super().__init__()
        self.__c = 3.5


class MyDict(dict):
    pass


class MyList(list):
    pass


class MyError(ValueError):
    pass


Pair = collections.namedtuple('Pair', 'x y')

d = MyDict(a=1)
d.attr = [1, 2, 3]
l = MyList([1, 2, 3])
l.attr = 'xx'
cases = [
    1, 0, -5, 2**40, 2**100, 1.5, 3j, True, None, 'abc', '', 'x' * 100, '\xe9', '\u20acuro',
    b'', b'abc', bytearray(b'abc'),
    [], [1, 2, 3], [1, 1, 1], list(range(20)), (), (1, 2), (1, 'a', 2.0), tuple(range(50)),
    {}, {'a': 1}, {i: str(i) for i in range(10)}, {'a': {'b': {'c': [1, 2, {'d': 'e'}]}}},
    set(), {1, 2, 3}, frozenset('abc'), set(range(100)),
    Point(1, 2), Point('a', [1, 2, 3]), Slotted(), MoreSlots(), d, l,
    MyError('bad'), ValueError('x', 1), Exception('e'), KeyError('k'), Pair(1, 2),
    collections.deque([1, 2, 3]), collections.defaultdict(list, a=[1]),
    collections.Counter('hello'), array.array('i', [1, 2, 3]), range(10), slice(1, 2, 3),
    iter([1, 2, 3]), iter({'a': 1}), iter('abc'), iter((1, 2)), reversed([1, 2]),
    [None, None], [[], [], []], [[1, 2]] * 3, [Point(i, i) for i in range(3)],
    {'k': Point(1, 2)}, (Point(1, 2),), Ellipsis, NotImplemented, object(),
]
for obj in cases:
    print(type(obj).__name__, asizeof.asizeof(obj), asizeof.flatsize(obj), asizeof.itemsize(obj),
          asizeof.leng(obj))

# Code (functions, classes, builtins) is not sized by default.
def f():
    pass


print(asizeof.asizeof(f), asizeof.asizeof(Point), asizeof.asizeof(int), asizeof.asizeof(print),
      asizeof.asizeof(len, [].append))

# The formula: flat size is sys.getsizeof rounded up to 8; referents are added once each.
def flat8(o):
    return (sys.getsizeof(o) + 7) & ~7


items = ['spam', 'eggs', 42, 3.25]
print(asizeof.asizeof(items) == flat8(items) + sum(flat8(o) for o in items))
shared = 'shared'
print(asizeof.asizeof([shared, shared, shared]) == flat8([shared] * 3) + flat8(shared))
dct = {'key': 'value', 'n': 10**20}
print(asizeof.asizeof(dct) == flat8(dct) + sum(flat8(o) for kv in dct.items() for o in kv))
p = Point('one', 'two')
print(asizeof.asizeof(p) == flat8(p) + asizeof.asizeof(p.__dict__))

# Several objects: a combined total, each object counted once.
x = [1, 2]
print(asizeof.asizeof(1, 2, [1, 2]), asizeof.asizesof([1, 2], [1, 2, 3], 1))
print(asizeof.asizeof([1, 2], [1, 2]), asizeof.asizesof(x, x, [x]), asizeof.asizeof(x, [x]),
      asizeof.asizeof([x], x))
print(asizeof.asizesof(), asizeof.asizeof(), asizeof.asizeof(all=False), asizeof.asized())

# Options: limit, align, ignored.
nested = [1, [2, [3, [4]]]]
print([asizeof.asizeof(nested, limit=n) for n in range(5)])
print(asizeof.asizeof([1, 2, 3], align=1), asizeof.asizeof('abcde', align=16),
      asizeof.asizeof('abcde', align=0), asizeof.flatsize('abcde', align=32))
print(asizeof.asizeof(object(), ignored=False), asizeof.asizeof([object()]))
print(asizeof.basicsize([1]), asizeof.basicsize({}), asizeof.basicsize('ab'), asizeof.basicsize(5),
      asizeof.basicsize(1.5), asizeof.basicsize(None), asizeof.basicsize(b'x'),
      asizeof.basicsize(set()), asizeof.basicsize((1, 2)), asizeof.basicsize(Point(1, 2)))
print(asizeof.named_refs(Point(1, 2)), list(asizeof.refs([1, 2])), asizeof.refs(5))

# An Asizer accumulates over calls.
sizer = asizeof.Asizer()
first, second = [1, 2, 3], [1, 2, 3, 4]
print(sizer.asizeof(first), sizer.asizeof(second), sizer.total)
sizer.reset()
sizer.exclude_types(Point)
print(sizer.asizeof([Point(1, 2), 'abc']), sizer.excluded == (Point,) or len(sizer.excluded))
print(sizer.align, sizer.limit, sizer.code, sizer.detail, sizer.clip)

for bad in [dict(align=3), dict(stats=-1), dict(foo=1), dict(foo=1, bar=2)]:
    try:
        asizeof.asizeof([1], **bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    asizeof.asizeof(all=5)
except ValueError as e:
    print('ValueError', e)
try:
    asizeof.flatsize(1, align=6)
except ValueError as e:
    print('ValueError', e)
