from enum import Enum, IntFlag, Flag, auto, StrEnum, IntEnum, unique, verify, UNIQUE, CONTINUOUS, EnumMeta
import enum

class Color(Enum):
    RED = "r"
    GREEN = "g"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
    def __str__(self):
        return self.name.title()
print(Color("R"), Color("g"), repr(Color("G")))
try:
    Color("x")
except ValueError as e:
    print(e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
p = Perm.R | Perm.X
print(p, repr(p), int(p), Perm(6), Perm.RWX, list(Perm), ~Perm.R, Perm(0), Perm(8) if False else "", Perm.R in Perm.RWX)
print(p & Perm.W, bool(p & Perm.W), p ^ Perm.RWX, Perm.R + 1, format(Perm.W, "d"), str(Perm.W), f"{Perm.W}")
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto(); THU = auto(); FRI = auto(); SAT = auto(); SUN = auto()
    WEEKEND = SAT | SUN
    WORKDAYS = MON | TUE | WED | THU | FRI
print(Weekday.WEEKEND, repr(Weekday.WORKDAYS), Weekday.SAT in Weekday.WEEKEND, len(Weekday.WORKDAYS), [d.name for d in Weekday.WEEKEND])
print(list(Weekday), Weekday.MON | Weekday.SUN)
class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(Level.LOW < Level.HIGH, Level.HIGH * 2, sorted([Level.HIGH, 2, Level.LOW]), Level(3).name, max(Level))
class Http(StrEnum):
    OK = auto()
    NOT_FOUND = "not found"
print(Http.OK, Http.OK.upper(), Http.NOT_FOUND == "not found", " ".join(Http), Http("ok"))
try:
    @verify(UNIQUE)
    class D(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class E(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print(e)
class Ord(Enum):
    def __lt__(self, other):
        return self.value < other.value
    A = 2
    B = 1
print(sorted(Ord), Ord.A.__class__.__name__, type(Ord).__name__, isinstance(Ord, EnumMeta))
print(Color.__members__, dict(Color.__members__.items()).keys())
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.RED
except AttributeError as e:
    print(e)
try:
    class Sub(Color):
        BLUE = "b"
except TypeError as e:
    print(e)
print(Color.RED.value, Color.RED._value_, Color.RED._name_, hash(Color.RED) == hash("RED"))
import pickle, copy
print(pickle.loads(pickle.dumps(Perm.R | Perm.W)), copy.deepcopy(Color.GREEN) is Color.GREEN)
Shape = Enum("Shape", {"SQUARE": 4, "TRIANGLE": 3})
print(list(Shape), Shape(3), Shape.__module__ if False else "")
print(enum.unique(Level) is Level, Level.__members__.get("LOW"))
class Coord(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(Coord.UNIT, Coord.UNIT[0], Coord((0, 0)), repr(Coord.ORIGIN))
class Mood(Enum):
    HAPPY = 1
    SAD = 2
    @property
    def emoji(self):
        return {1: ":)", 2: ":("}[self.value]
    @staticmethod
    def default():
        return Mood.HAPPY
print(Mood.SAD.emoji, Mood.default(), Mood["SAD"] is Mood.SAD, Mood.HAPPY in Mood, 1 in Mood.__members__.values())
