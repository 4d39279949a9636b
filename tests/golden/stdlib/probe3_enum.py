import dataclasses, enum, typing, collections, heapq, decimal, zoneinfo, datetime, calendar, pprint, string, itertools, functools, operator
from dataclasses import dataclass, field, InitVar, KW_ONLY
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
@dataclass
class User:
    name: str
    _: KW_ONLY
    age: int = 0
    password: InitVar[str | None] = None
    hashed: str = field(init=False, repr=False, compare=False, default='')
    def __post_init__(self, password):
        self.hashed = '*' * len(password or '')
u = User('ann', age=3, password='abc'); print(u, u.hashed, Opts(level=2), User('a') == User('a', password='x'))
print(dataclasses.fields(User)[1].kw_only, dataclasses.asdict(u), dataclasses.make_dataclass('P', [('x', int), ('y', int, field(default=0))])(1))
try: Opts(True)
except TypeError as e: print(e)
@dataclass(eq=False)
class Node:
    v: int
    nxt: 'Node | None' = None
print(Node(1, Node(2)), Node(1) == Node(1))
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius): self.mass, self.radius = mass, radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, round(Planet.EARTH.gravity, 3), Planet.EARTH.value)
class Shade(enum.Enum):
    RED = 'r'; GREEN = 'g'
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower(): return m
print(Shade('R'), Shade.__members__, Shade.RED in Shade, [s.name for s in Shade])
try: Shade('zz')
except ValueError as e: print(e)
class Weekday(enum.IntFlag):
    MON = 1; TUE = 2; WED = 4
    WEEKEND = 0
print(Weekday.MON | Weekday.WED, Weekday(3), int(Weekday.TUE), Weekday.MON & Weekday.TUE, repr(Weekday(0)))
@typing.overload
def f(x: int) -> int: ...
@typing.overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), typing.TYPE_CHECKING)
Alias = typing.Union[int, typing.List['Alias']]
print(typing.cast(int, 'x'), typing.NewType('UserId', int)(5), typing.NewType('UserId', int), typing.Any, typing.NoReturn, typing.Self if hasattr(typing, 'Self') else '')
c1 = collections.Counter(a=3, b=1); c2 = collections.Counter(a=1, b=2)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, -c2, c1.total(), list(c1.elements()), c1.most_common())
class Task:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f'Task({self.p},{self.n})'
h = []; [heapq.heappush(h, Task(p, n)) for p, n in [(3, 'c'), (1, 'a'), (2, 'b')]]; print([heapq.heappop(h) for _ in range(3)])
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 0))
ctx = decimal.Context(prec=5, rounding=decimal.ROUND_DOWN); print(ctx.divide(decimal.Decimal(1), decimal.Decimal(3)), ctx)
with decimal.localcontext() as lc:
    lc.prec = 3; print(decimal.Decimal('1.23456') + 0, decimal.Decimal(1) / 3)
try: decimal.Decimal('x')
except decimal.InvalidOperation as e: print(type(e).__name__, e)
print(decimal.Decimal('1.10').normalize(), decimal.Decimal('-0'), decimal.Decimal(0.1), decimal.Decimal('NaN').is_nan(), decimal.Decimal('3.14159').quantize(decimal.Decimal('1.00')))
ny = zoneinfo.ZoneInfo('America/New_York'); dt = datetime.datetime(2024, 3, 10, 1, 30, tzinfo=ny)
print(dt, dt + datetime.timedelta(hours=1), (dt + datetime.timedelta(hours=1)).astimezone(datetime.timezone.utc), dt.tzname(), dt.utcoffset())
print(datetime.datetime(2024, 11, 3, 1, 30, tzinfo=ny, fold=1).tzname(), datetime.datetime.fromisoformat('2024-05-01T12:00:00+02:00').astimezone(ny))
calendar.setfirstweekday(calendar.SUNDAY); print(calendar.firstweekday(), calendar.weekheader(2)); calendar.setfirstweekday(0)
pprint.pprint({'z': 1, 'a': [1] * 30, 'm': {'k': 'v' * 50}}, sort_dicts=False, width=60, compact=True)
print(pprint.pformat(list(range(40)), width=50, compact=True))
print(string.Formatter().vformat('{0}-{name}', ('a',), {'name': 'b'}), '{:>{w}}'.format('x', w=4), '{!r:^10}'.format('q'), format(0.000012345, '.3g'), format(-0.0, '+.1f'))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, '', 'a'])))
print(functools.reduce(operator.mul, range(1, 6)), list(map(operator.neg, [1, -2])), sorted(['b', 'A', 'c'], key=str.casefold), operator.index(5), operator.concat([1], [2]), operator.contains('abc', 'b'))
