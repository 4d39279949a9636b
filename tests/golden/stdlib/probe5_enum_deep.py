from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, EnumMeta
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, Color['CRIMSON'])
print(Color.__members__.keys() if False else list(Color.__members__))
print(Color(2), repr(Color(2)), Color.RED.name, Color.RED.value)
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(0), repr(Perm(0)), Perm.RWX, list(Perm.RWX))
print(Perm.R in (Perm.R | Perm.X), ~Perm.R, Perm(6), bool(Perm(0)), len(Perm.R | Perm.W))
print([m.name for m in Perm], Perm.R ^ Perm.RWX)
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)
class Num(IntFlag):
    A = 1
    B = 2
print(Num.A | 4, repr(Num.A | 4), Num(3), Num.A + 1, Num(0), repr(~Num.A))
class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print([(m.name, m.value) for m in Auto])
class Lower(StrEnum):
    ALPHA = auto()
    BETA = 'b'
print(list(Lower), Lower.ALPHA == 'alpha', str(Lower.BETA), repr(Lower.BETA), f'{Lower.ALPHA}')
class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
print([m.value for m in Gen])
class Shape(Enum):
    SQUARE = 's'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.upper() == 'S':
            return cls.SQUARE
        return None
print(Shape('S'))
try:
    Shape('q')
except ValueError as e:
    print('ValueError', e)
class Prio(IntEnum):
    LOW = 1
    HIGH = 2
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), str(Prio.LOW), format(Prio.HIGH), repr(Prio.LOW))
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print('TypeError', e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Animal2 = Enum('Animal2', [('X', 10), ('Y', 20)])
print(Animal2.Y, Animal2(10))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673E-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.value)
print(type(Color), isinstance(Color.RED, Color), Color.RED in Color, hash(Color.RED) == hash(Color.RED))
print(len(Color), Color.__members__['CRIMSON'])
print(enum.Flag.__name__, Perm.R.value, (Perm.R | Perm.W).name)
