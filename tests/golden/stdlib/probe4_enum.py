from enum import Enum, Flag, IntFlag, auto, IntEnum, EnumMeta, EnumType, member, nonmember, property as eprop, global_enum, show_flag_values, ReprEnum, StrEnum
import enum
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
print(Color.WHITE, list(Color.WHITE), Color.RED | Color.BLUE, repr(Color.RED | Color.BLUE), Color(5).name, ~Color.RED, ~Color.WHITE, repr(~Color.WHITE))
print([c.name for c in Color], len(Color), Color.BLACK in Color.WHITE, Color.RED in (Color.RED | Color.BLUE), Color.WHITE.value, bool(Color.BLACK))
for c in Color.RED | Color.GREEN:
    print(" member", c)
print(Color._numeric_repr_ if hasattr(Color,'_numeric_repr_') else '', show_flag_values(7), Color.__members__['WHITE'])
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(7), repr(Perm(0)), Perm(8), repr(Perm(15)), Perm.R & 4, Perm.R | 8, int(Perm.R | Perm.X), ~Perm.R, Perm.R in Perm(6), list(Perm(6)))
print(format(Perm.R, "d"), f"{Perm.R | Perm.W}", f"{Perm.W!r}", str(Perm.R), Perm.R + 1, [p.name for p in Perm])
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + Num.TWO, Num(2), Num.TWO > Num.ONE, f"{Num.ONE:>5}", "%d %s" % (Num.TWO, Num.TWO), Num.ONE.real, hex(Num.TWO), round(Num.ONE))
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    def describe(self):
        return f"{self.value} {self.name.replace('_', ' ').title()}"
print(Http(404).describe(), [h.describe() for h in Http], Http.OK == 200, Http['OK'])
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY), f"{Mood.FUNKY}", format(Mood.FUNKY))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    X = (0, 'P.X')
    Y = (1, 'P.Y')
print(Coord.Y, Coord(1).label, Coord.X.value)
class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name
class Ordinal(AutoName):
    NORTH = auto()
    SOUTH = auto()
print(list(Ordinal), [o.value for o in Ordinal])
class S(Enum):
    A = 1
    B = 2
    C = 1
    _ignore_ = ['tmp']
    tmp = 5
print(list(S), S.__members__, S.C, S(1) is S.A, [n for n, m in S.__members__.items() if m.name != n])
class WithNon(Enum):
    A = 1
    helper = nonmember(3)
    @member
    def func():
        return 'x'
print([m.name for m in WithNon], WithNon.helper, WithNon.func.value())
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    def __init__(self, sides):
        self.sides = sides
print(Shape.SQUARE.sides, Shape.CIRCLE.sides)
Api = Enum('Api', [('GET', 'g'), ('POST', 'p')])
print(Api.GET, Api('p'), repr(Api.POST), Api.__module__)
Api2 = Enum('Api2', {'A': 1, 'B': 2}, type=int) if False else Enum('Api2', 'A B', start=10)
print(list(Api2), IntEnum('X', 'a b c')(2))
try:
    Color(8)
except ValueError as e:
    print(e)
print(Color(0), repr(Color(0)), Color.BLACK is Color(0))
try:
    Enum('E', 'A B').A.value = 3
except AttributeError as e:
    print(e)
try:
    class E2(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class E3(Enum):
        _sunder_ = 1
except ValueError as e:
    print(e)
class Str(StrEnum):
    A = 'alpha'
    B = auto()
print(Str.A, Str.B, repr(Str.B), Str.A.upper(), Str.A + "!", Str('alpha'), sorted(Str))
print(type(Color).__name__, isinstance(Color.RED, Color), Color.RED.__class__ is Color, type(Color) is EnumType, EnumMeta is EnumType)
print(dir(Color)[:8], dir(Perm.R)[:5])
print(Color.RED._value_, Color.RED._name_, hash(Color.RED) == hash("RED"), Perm.__members__.keys())
print(enum.Flag._missing_ is not None, Color._boundary_, Perm._boundary_, Color._flag_mask_ if hasattr(Color,'_flag_mask_') else '')

import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.__members__.keys(), Color.RED.name, Color.RED.value, Color.CRIMSON.name)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 1
except ValueError as e:
    print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
RWX = Perm.R | Perm.W | Perm.X
print(RWX, repr(RWX), list(RWX), Perm.R in RWX, Perm(6), repr(Perm(0)), ~Perm.R, len(RWX), bool(Perm(0)))
print(list(Perm), Perm.R | Perm.W, (Perm.R | Perm.W).name, Perm(7).value)
class Weekday(Flag):
    MONDAY = auto(); TUESDAY = auto(); WEDNESDAY = auto()
    WEEKEND = 0
    ALL = MONDAY | TUESDAY | WEDNESDAY
print(list(Weekday), Weekday.ALL, repr(Weekday.WEEKEND), list(Weekday.ALL), Weekday.__members__.keys())
class P(IntFlag):
    A = 1
    B = 2
print(P.A | P.B, repr(P.A | 8), P.A + 1, P(3), repr(P(12)), str(P.B), format(P.A), P.A == 1)
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE == 1, Shape.SQUARE + 1, f"{Shape.CIRCLE}", str(Shape.CIRCLE), sorted([Shape.SQUARE, Shape.CIRCLE]))
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", f"{Mode.WRITE}", Mode.READ.upper())
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    NORTH = auto()
    SOUTH = auto()
print(list(Ordinal), Ordinal.SOUTH.value)
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"), Status("Inactive"))
try:
    Status(3)
except ValueError as e:
    print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), repr(Planet.MERCURY))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal(3)))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)
print(Color.RED < Color.GREEN if False else '', hash(Color.RED) == hash(Color.RED), Color.RED in Color)
print(enum.Flag.__members__ if False else '', Perm.R.value, Perm._value2member_map_.keys() if False else '')
class Ff(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    Ff(8)
except ValueError as e:
    print(e)
class Fk(Flag, boundary=enum.KEEP):
    A = 1
print(repr(Fk(9)))
class Fc(Flag, boundary=enum.CONFORM):
    A = 1
print(repr(Fc(9)))
print(dir(Color.RED)[:6], Color.RED.__class__.__name__, type(Color).__name__)
print({Color.RED: 1}, [m.name for m in Perm], RWX & Perm.W, RWX ^ Perm.W)
print(enum.unique.__name__, enum.verify)
