# Enumerations for a ticket tracker
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Status(Enum):
    OPEN = 1
    IN_PROGRESS = 2
    CLOSED = 3
    DONE = 3  # alias

print(Status.OPEN, repr(Status.CLOSED), Status(2), Status["OPEN"])
print(list(Status), Status.DONE is Status.CLOSED)
print(list(Status.__members__))
print(Status.OPEN.name, Status.OPEN.value, len(Status))
print(Status.OPEN in Status, isinstance(Status.OPEN, Status))
try:
    Status(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Status["NOPE"]
except KeyError as e:
    print("KeyError:", e)

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(f"{Priority.HIGH}", str(Priority.LOW), repr(Priority.MEDIUM), format(Priority.LOW, "03d"))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.W in rw, Perm.X in rw, bool(Perm(0)))
print(list(rw), ~Perm.R, rw & Perm.W, Perm(7))

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4

print(Mode.A | Mode.C, repr(Mode(5)), Mode(5) == 5, Mode.B | 8)

class Color(StrEnum):
    RED = auto()
    GREEN = "green"

print(Color.RED, repr(Color.RED), Color.GREEN.upper(), Color("red") is Color.RED)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)

for pl in Planet:
    print(pl.name, pl.gravity)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
try:
    Status.OPEN = 5
except AttributeError as e:
    print("AttributeError:", e)
print({Status.OPEN: "o"}[Status(1)], Status.OPEN == 1, Priority.LOW == 1)
