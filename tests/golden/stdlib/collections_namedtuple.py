# collections.namedtuple: fields, defaults, rename, the helper methods, errors.
from collections import namedtuple


def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)))
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__match_args__)
print(Point.x, Point.x.__doc__, Point.__new__.__doc__, Point.__new__.__qualname__)
print(Point._make.__qualname__, Point._replace.__qualname__, Point._asdict.__qualname__)
print(p._asdict(), p._replace(x=1), p._replace(), Point._make([3, 4]), Point._make(iter('ab')))
print(p.__getnewargs__(), isinstance(p, tuple), type(p._replace(y=0)) is Point)
print(Point(*range(2)), Point(**{'x': 5, 'y': 6}), p[:1], p + (1,), p * 2)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))

Point3 = namedtuple('Point3', 'x, y z', defaults=[0, 0])
print(Point3(1), Point3(1, 2), Point3(1, z=5), Point3._field_defaults, Point3._fields)
Flag = namedtuple('Flag', 'on', defaults=(True,))
print(Flag(), Flag(False), Flag.__doc__, Flag._fields)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, Empty._make([]), len(Empty()))
R = namedtuple('R', 'a _b class a 1x', rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
M = namedtuple('M', 'v', module='somewhere')
print(M.__module__, M)
Named = namedtuple(u'Named', (f for f in ['alpha', 'beta']))
print(Named(1, 2))


class Sub(Point):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Sub<%s, %s>' % self


s = Sub(3, 4)
print(s, repr(s), s.norm, s._replace(x=0), type(s._replace(x=0)).__name__, Sub._make([6, 8]).norm)
print(Sub.__mro__)
# (Dropped here: refpy's collector wrongly untracks tuple-subclass instances whose items
# are atoms, so one left alive in a cycle through its class would leak at exit.)
del s

match Point(1, 2):
    case Point(a, b):
        print('matched', a, b)

# argument errors
attempt(lambda: Point(1))
attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, z=3))
attempt(lambda: Point(1, x=3))
attempt(lambda: Point3())
attempt(lambda: Point3(1, 2, 3, 4))
attempt(lambda: namedtuple('Q', 'a')(1, 2))
attempt(lambda: namedtuple('R4', 'a b c d')())
attempt(lambda: Empty(1))
attempt(lambda: Point._make([1]))
attempt(lambda: p._replace(z=1))
attempt(lambda: setattr(p, 'x', 3))
attempt(lambda: delattr(p, 'x'))
attempt(lambda: Point.x.__get__(5))
attempt(lambda: Point.x.__get__(None, Point))
attempt(lambda: namedtuple('1a', 'x'))
attempt(lambda: namedtuple('P', 'x class'))
attempt(lambda: namedtuple('P', 'x _y'))
attempt(lambda: namedtuple('P', 'x x'))
attempt(lambda: namedtuple('P', ['x', 3]))
attempt(lambda: namedtuple('P', 'x', defaults=[1, 2]))
attempt(lambda: namedtuple('def', 'x'))
