# Enum members: repr/str/format, lookup by value and name, aliases, iteration,
# __members__, auto, _missing_, _generate_next_value_, methods and properties.
from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name, self.value)

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.RED}|{Color.RED:>12}|')
print(Color.CRIMSON is Color.RED, Color.CRIMSON, Color['CRIMSON'], Color(1))
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(list(Color.__members__.items())[-1], len(Color.__members__))
print(Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(Color.RED.describe(), Color.BLUE.lower, Color.default(), Color.RED in Color)
print(Color, type(Color), type(Color.RED), isinstance(Color.RED, Color), EnumMeta is EnumType)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON], Color._member_names_)
print(Color.__name__, Color.RED.__class__.__name__, bool(Color), bool(Color.RED))
print(sorted(Color._value2member_map_.items()))
print([m.name for m in Color], [name for name in Color.__members__])


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = 10
    THU = auto()


print(list(Weekday), Weekday.THU.value)


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d' % (name.lower(), start, count)

    ALPHA = auto()
    BETA = auto()


print(list(Lower))


class Shape(Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Shape('SQ'), Shape('ci'))
try:
    Shape('tri')
except ValueError as e:
    print('ValueError:', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density(self):
        return round(self.mass / self.radius ** 3, 3)


print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MERCURY.density, repr(Planet.EARTH))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Number.ONE), str(Number.ONE), format(Number.ONE), f'{Number.TWO:03d}',
      f'{Number.TWO}')
print(Number.ONE + 1, Number.TWO * 2, Number.ONE == 1, Number(2), Number.THREE > Number.ONE,
      sorted([Number.THREE, Number.ONE]), int(Number.TWO), isinstance(Number.ONE, int))
print(hash(Number.ONE) == hash(1), {1: 'one'}[Number.ONE], [10, 20, 30][Number.ONE],
      Number.ONE.real, type(Number.ONE.value))


class Mood(StrEnum):
    HAPPY = auto()
    SAD = 'sad!'


print(repr(Mood.HAPPY), str(Mood.HAPPY), format(Mood.HAPPY), f'{Mood.SAD}', Mood.HAPPY == 'happy',
      Mood.SAD.upper(), Mood('happy'), '-'.join(Mood), len(Mood.SAD))


class Num(int, Enum):
    A = 1
    B = 2


print(repr(Num.A), str(Num.A), format(Num.A), Num.A + 1)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)


class WithNested(Enum):
    X = 1
    _private = 5
    __dunder__ = 6

    def method(self):
        return 'm'


print(list(WithNested), WithNested._private, WithNested.__dunder__, WithNested.X.method())
