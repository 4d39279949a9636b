# enum in everyday code
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__.keys())
print(Color.RED.name, Color.RED.value, isinstance(Color.RED, Color), type(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, Perm(0), bool(Perm(0)))

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]), f"{Status.OK}", str(Status.OK))

class Mode(StrEnum):
    FAST = auto()
    SLOW = "slow!"
print(Mode.FAST, repr(Mode.FAST), Mode.SLOW.upper(), Mode("fast"))

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.C, Bits(7), Bits(8), repr(Bits.A | Bits.B), Bits.A | 8)

try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3))

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(list(Ordinal), Ordinal.NORTH.value)

Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.BEE.value, list(Animal.__members__))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.RED), {Color.RED: 1})
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")
