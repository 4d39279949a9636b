# datetime's types are C types in CPython: exact sizes, never GC-tracked, and
# Python subclasses are ordinary tracked heap types. References held by a
# datetime (its tzinfo) are released when it dies.
import sys, gc, copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo

objs = [date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5), timedelta(days=1, seconds=3600),
        time(1, 2), timezone.utc, timezone(timedelta(hours=1)),
        datetime(2024, 1, 2, tzinfo=timezone.utc), time(1, tzinfo=timezone.utc),
        date(2024, 3, 1) - date(2024, 1, 1), datetime(2024, 1, 1) + timedelta(1),
        date.min, datetime.max, timedelta.resolution, time.max]
for o in objs:
    print(repr(o), sys.getsizeof(o), gc.is_tracked(o))
print('tzinfo', sys.getsizeof(tzinfo()), gc.is_tracked(tzinfo()))


class D(date):
    pass


class E(date):
    __slots__ = ()


class DT(datetime):
    pass


class TD(timedelta):
    pass


class T(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-2)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'MINUS2'


try:
    class TZ(timezone):
        pass
except TypeError as e:
    print('TypeError:', e)

for o in [D(2024, 1, 1), E(2024, 1, 1), DT(2024, 1, 1), TD(1), T()]:
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))

# Results of operations on subclasses: date subclasses keep their type, timedelta's don't.
print(repr(DT(2024, 1, 1) + timedelta(1)), type(D(2024, 1, 1) + timedelta(1)).__name__)
print(repr(TD(1)), repr(TD(1) + TD(1)), repr(-TD(1)), repr(TD(hours=5) * 2))
print(repr(D(2024, 1, 1).replace(day=3)), repr(DT.combine(date(2024, 1, 1), time(5))))
print(repr(DT.fromisoformat('2024-01-01T10:00')), repr(D.fromordinal(5)), repr(DT(2024, 1, 1) - timedelta(1)))
d = D(2024, 1, 1)
d.note = 'subclass instances have a __dict__'
print(d.note, d == date(2024, 1, 1), hash(d) == hash(date(2024, 1, 1)))

# A tzinfo subclass drives utcoffset/dst/tzname and arithmetic.
m2 = datetime(2024, 6, 1, 12, tzinfo=T())
print(m2, m2.utcoffset(), m2.tzname(), m2.dst(), m2.astimezone(timezone.utc))
print(m2.strftime('%H:%M %z %Z'), m2 == datetime(2024, 6, 1, 14, tzinfo=timezone.utc))
# An untracked datetime is invisible to the collector, as in CPython: a cycle through it
# (m2 -> T() -> class T -> its methods' globals -> m2) is broken by hand.
del m2

# Reference counts.
d = date(2024, 1, 2)
print(sys.getrefcount(d))
l = [d, d]
print(sys.getrefcount(d))
del l
tz = timezone(timedelta(hours=2))
before = sys.getrefcount(tz)
dts = [datetime(2024, 1, 1, tzinfo=tz) for _ in range(5)]
t2 = time(1, tzinfo=tz)
print(sys.getrefcount(tz) - before)
del dts, t2
print(sys.getrefcount(tz) - before)


class Zone(tzinfo):
    def __init__(self, name):
        self.name = name

    def utcoffset(self, dt):
        return timedelta(0)

    def __del__(self):
        print('del', self.name)


x = datetime(2024, 1, 1, tzinfo=Zone('a'))
y = x.replace(hour=5)
print('before del')
del x
print('x gone, y holds the zone')
del y
print('after del')

# copy and pickling protocol.
for o in [date(2024, 2, 29), datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc), time(7, 8),
          timedelta(-1, 5, 6), timezone(timedelta(hours=3), 'X'), timezone.utc]:
    c = copy.copy(o)
    dc = copy.deepcopy(o)
    print(repr(c), c == o, repr(dc) == repr(o))
print(copy.deepcopy(timezone.utc) is timezone.utc)
