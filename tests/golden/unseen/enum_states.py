from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return f"{self.name.lower()} #{self.value}"

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"])
print(Color.RED.name, Color.RED.value, list(Color))
print(Color.RED is Color(1), Color.RED == 1)
print(Status.OK == 200, Status(404), Status.OK + 1, int(Status.NOT_FOUND))
print(f"{Status.OK}", str(Status.OK), repr(Status.OK))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(rw))
print(list(Perm), bool(Perm(0)))
print(Shape.CIRCLE.describe())
print(len(Color), Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, list(Alias))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.value)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green!")
print({c: c.value for c in Color})
try:
    IntFlag(5)
except TypeError as e:
    print(e)
print(Perm(3))
print(sorted([Status.NOT_FOUND, Status.OK]))
print(f"{Color.RED:>10}|", format(Status.OK, "d"))
