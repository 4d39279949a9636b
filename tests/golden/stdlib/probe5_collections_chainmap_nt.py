from collections import ChainMap, namedtuple, OrderedDict, defaultdict
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['b'], cm['a'], len(cm), sorted(cm))
print(list(cm.items()))
cm['d'] = 4; print(over)
del cm['b']; print(over, cm['b'])
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child({'z': 26}); print(child.maps)
print(child.parents)
print(cm.get('zz', 'dflt'), 'a' in cm)
print(cm | {'q': 1})
print(repr(ChainMap()))
try:
    ChainMap({}).pop('x')
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
Point = namedtuple('Point', 'x y', defaults=[0])
p = Point(1)
print(p, p._replace(y=5), p._asdict(), Point._make([3, 4]), Point._fields, Point._field_defaults)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print('TypeError', e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print(e)
try:
    namedtuple('Bad', 'a def')
except ValueError as e:
    print(e)
try:
    namedtuple('Bad', '_a')
except ValueError as e:
    print(e)
R = namedtuple('R', 'a def _x', rename=True); print(R._fields)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
x, y = Point(7, 8); print(x + y, Point(1, 2) == (1, 2))
print(Point.__doc__, Point.x.__doc__)
class P3(namedtuple('P3', ['x', 'y', 'z'])):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return 'P3(%d,%d,%d)' % self
print(P3(1, -2, 3).norm, str(P3(1, 2, 3)), repr(P3(1, 2, 3)))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('e', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd))
print(defaultdict(int).__missing__('q') if False else defaultdict(lambda: 'x')['k'])
d0 = defaultdict(None)
try:
    d0['q']
except KeyError as e:
    print('KeyError', e)
print(repr(defaultdict(int, {1: 2})))
try:
    defaultdict(5)
except TypeError as e:
    print(e)
