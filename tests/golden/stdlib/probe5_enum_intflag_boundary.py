import enum
from enum import IntFlag, Flag, Enum, IntEnum, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary, global_enum
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm(7), repr(Perm(7)), Perm(8), repr(Perm(15)), Perm.R | 8, int(Perm.R | Perm.W), Perm.R + Perm.W, Perm.R == 4)
print(list(Perm(7)), [p.name for p in Perm], Perm(0), repr(Perm(0)), ~Perm.R, repr(~Perm.R), Perm.R & 6)
class S(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    S(4)
except ValueError as e:
    print('ValueError', e)
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(C(7), repr(C(4)))
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
print(E(7), type(E(7)).__name__, E(3))
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(K(7)), K(7).value)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(Color.WHITE), list(Color.WHITE), Color(3), repr(~Color.RED), Color.RED.value, Color.BLUE.value)
print(Color.__members__.keys().__class__.__name__, len(Color), Color._member_names_ if hasattr(Color, '_member_names_') else '')
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
print(Weekday(2), Weekday.MON + 1, Weekday['WED'].value, [d for d in Weekday], max(Weekday), str(Weekday.TUE), f'{Weekday.TUE}', repr(Weekday.TUE), Weekday.TUE.name)
class Str(str, Enum):
    A = 'a'
print(Str.A, repr(Str.A), f'{Str.A}', str(Str.A), Str.A == 'a', Str('a'))
class Ord(Enum):
    _order_ = 'B A'
    B = 2
    A = 1
print(list(Ord))
try:
    class Bad(Enum):
        _order_ = 'A B'
        B = 2
        A = 1
except TypeError as e:
    print('TypeError', e)
class WithMethods(Enum):
    X = 1
    Y = 2
    @property
    def double(self): return self.value * 2
    @classmethod
    def default(cls): return cls.X
    def __str__(self): return f'WM<{self.name}>'
print(WithMethods.Y.double, WithMethods.default(), str(WithMethods.X), repr(WithMethods.X), f'{WithMethods.X}')
print(dir(WithMethods.X)[:3] if False else sorted(m for m in dir(WithMethods) if not m.startswith('_')))
try:
    Enum('Bad', 'A B A')
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
print(enum.unique(Weekday) is Weekday, isinstance(Weekday.MON, int), Weekday.MON.__class__.__mro__[1].__name__)
