import enum
from enum import Enum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, global_enum, auto, EnumCheck, FlagBoundary
for checks, body in [((UNIQUE,), {"A": 1, "B": 1}), ((CONTINUOUS,), {"A": 1, "C": 3}), ((CONTINUOUS,), {"A": 1, "B": 2})]:
    try:
        cls = verify(*checks)(Enum("E", body))
        print("ok", list(cls))
    except ValueError as e:
        print(e)
try:
    @verify(NAMED_FLAGS)
    class Bad(Flag):
        A = 1
        B = 2
        ABD = 11
except ValueError as e:
    print(e)
class Wrong(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    Wrong(9)
except Exception as e:
    print(type(e).__name__, e, "|", type(e.__context__).__name__)
try:
    class Ord(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print(e)
class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(list(Ordered))
class Shape(Enum):
    SQUARE = 2
    @enum.property
    def double(self): return self.value * 2
    @property
    def label(self): return self.name.title()
print(Shape.SQUARE.double, Shape.SQUARE.label)
class KeepF(IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2
print(repr(KeepF(13)), str(KeepF(13)), KeepF(13).name, list(KeepF(13)), KeepF(13).value)
class Ej(Flag, boundary=enum.EJECT):
    A = 1
print(repr(Ej(5)), type(Ej(5)).__name__)
print(repr(FlagBoundary.STRICT), EnumCheck.UNIQUE, repr(EnumCheck.CONTINUOUS), str(enum.KEEP))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])
class Inherit(Enum):
    def describe(self): return f"{type(self).__name__}:{self.name}"
class Child(Inherit):
    X = 1
print(Child.X.describe(), Child.__mro__[1:3])
try:
    class Child2(Child):
        Y = 2
except TypeError as e:
    print(e)
class Mixin:
    def hello(self): return "hi " + self.name
class WithMixin(Mixin, Enum):
    Q = 1
print(WithMixin.Q.hello(), repr(WithMixin.Q))
class Str2(str, Enum):
    A = "a"
print(repr(Str2.A), str(Str2.A), f"{Str2.A}", Str2.A == "a", Str2("a"))
class Int2(int, Enum):
    A = 1
print(repr(Int2.A), str(Int2.A), f"{Int2.A}", Int2.A + 1)
print(Enum.__dict__.get("_missing_") is not None, enum.EnumMeta, enum.Enum.__members__ if hasattr(enum.Enum, "__members__") else "", dir(Auto))
print(Auto.A.__reduce_ex__(4), Auto["B"], Auto._member_names_, Auto._value2member_map_)
import enum
from enum import *
for body in [{'A':1,'C':3,'F':6}, {'A':'x'}, {'A':1.5,'B':2.5}, {'A':3,'B':1}]:
    try: print(verify(CONTINUOUS)(Enum('E', body)))
    except Exception as e: print(type(e).__name__, e)
try:
    @verify(NAMED_FLAGS)
    class B2(Flag):
        A=1
        ABC=7
        XY=24
except ValueError as e: print(e)
try:
    @verify(UNIQUE, CONTINUOUS)
    class B3(IntFlag):
        A=1
        C=4
except ValueError as e: print(e)
@verify(CONTINUOUS, NAMED_FLAGS)
class Good(Flag):
    A = 1
    B = 2
    AB = 3
print(list(Good))
try:
    @verify(UNIQUE)
    class B4(Enum):
        A=1
        B=1
        C=2
        D=2
except ValueError as e: print(e)
try:
    class O(Enum):
        _order_ = 'A B'
        A=1
        B=2
        C=3
except TypeError as e: print(repr(e))
try:
    class O2(Enum):
        _order_ = ['A', 'B']
        A=1
        B=2
    print(list(O2))
except TypeError as e: print(repr(e))
class O3(Enum):
    _order_ = 'A B C'
    A=1
    B=2
    C=1
print(list(O3), hasattr(O3, '_order_'))
class O4(Enum):
    __order__ = 'B A'
    B=1
    A=2
print(list(O4))
