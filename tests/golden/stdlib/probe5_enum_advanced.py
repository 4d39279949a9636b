import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, property as eprop
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('gone')
except ValueError as e:
    print('ValueError', e)
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 'not a member'
try:
    BadMissing(2)
except TypeError as e:
    print('TypeError', e, '|', repr(e.__context__))
class RaisingMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError('custom')
try:
    RaisingMissing(5)
except Exception as e:
    print(type(e).__name__, e, '|', repr(e.__context__))
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print('ValueError', e)
try:
    @verify(UNIQUE)
    class Al(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        AB = 3
except ValueError as e:
    print('ValueError', e)
class WithMember(Enum):
    A = 1
    helper = nonmember(10)
    @member
    def func(): return 'f'
print([m.name for m in WithMember], WithMember.helper, WithMember.func.value())
class Coord(Enum):
    X = (1, 0)
    Y = (0, 1)
    def __new__(cls, dx, dy):
        obj = object.__new__(cls)
        obj._value_ = (dx, dy)
        obj.dx, obj.dy = dx, dy
        return obj
print(Coord.X, Coord.X.dx, Coord((0, 1)), Coord.Y.value)
class Ordinal(IntEnum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    ONE = 1, 'one'
    TWO = 2, 'two'
print(Ordinal.TWO, Ordinal(1).label, Ordinal.ONE + Ordinal.TWO, repr(Ordinal.TWO))
class Base(Enum):
    def describe(self): return f'{type(self).__name__}.{self.name}={self.value}'
class Derived(Base):
    P = 1
    Q = 2
print(Derived.Q.describe(), [m.describe() for m in Derived])
try:
    class Derived2(Derived):
        R = 3
except TypeError as e:
    print('TypeError', e)
class Sh(Flag):
    R = 1
    G = 2
    B = 4
    WHITE = 7
    BLACK = 0
print(Sh.WHITE, Sh(7), Sh.BLACK, Sh(0), list(Sh), Sh.R | Sh.G | Sh.B, ~Sh.WHITE, ~Sh.BLACK, Sh(5).name, Sh(6) in Sh.WHITE, Sh.R in Sh(3))
print(enum.show_flag_values(7) if hasattr(enum, 'show_flag_values') else '', Sh.__len__ if False else len(Sh), bool(Sh.BLACK), Sh.R < Sh.G if False else '', Sh._missing_(3))
class Mixed(str, Enum):
    X = 'x'
    def __str__(self): return self.value
print(str(Mixed.X), f'{Mixed.X}', Mixed.X + 'y', '%s' % Mixed.X, repr(Mixed.X), format(Mixed.X, '>3'))
print(Enum.__dict__['__members__'].__class__.__name__ if '__members__' in Enum.__dict__ else '', [c.__name__ for c in enum.EnumType.__mro__], enum.EnumMeta is enum.EnumType)
print(sorted(enum.__all__)[:10])
