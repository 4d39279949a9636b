import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, ReprEnum
class E(Enum):
    A = 1
    B = 'two'
    C = (3, 4)
    D = None
for m in E:
    print(repr(m), str(m), format(m), f'{m!r:>5}', m.name, repr(m.value))
print(repr(E), str(E), E.__name__, E.__qualname__, E.__module__, list(E.__members__.items())[:1])
print(E.A.__class__, type(E.A).__mro__, E.A.__reduce_ex__(4))
class I(IntEnum):
    X = 1
print(repr(I.X), str(I.X), format(I.X, '05d'), f'{I.X:>4}', I.X + 0, hex(I.X), I.X.real, int(I.X), float(I.X), I(1) is I.X, I.X == 1, 1 in I.__members__.values())
class S(StrEnum):
    Q = 'qq'
print(repr(S.Q), str(S.Q), S.Q.upper(), S.Q + '!', len(S.Q), f'{S.Q:>5}', S.Q == 'qq', 'q' in S.Q)
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)
class F(Flag):
    A = auto(); B = auto(); C = auto()
print(repr(F.A | F.C), str(F.A | F.C), repr(F(0)), str(F(0)), format(F.A), repr(~F.A), F.A | F.B | F.C, list(F.A | F.B), F._numeric_repr_ if hasattr(F, '_numeric_repr_') else '')
class IF(IntFlag):
    R = 1; W = 2
print(repr(IF.R | IF.W), str(IF.R | IF.W), repr(IF(0)), str(IF(0)), repr(IF(8)), str(IF(8)), format(IF.R | IF.W), IF.R | 8, repr(IF.R ^ IF.W), IF.W - 1, repr(IF(3)))
print(enum.Enum.__members__ if False else '', isinstance(E.A, Enum), issubclass(I, int), issubclass(S, str), issubclass(IF, ReprEnum), type(E).__name__, type(F).__name__)
class Dup(Enum):
    ONE = 1
    UNO = 1
    TWO = 2
print(list(Dup), Dup.UNO, Dup.__members__['UNO'], Dup(1).name, len(Dup), list(Dup.__members__))
Planet = Enum('Planet', {'EARTH': 3, 'MARS': 4}, module=__name__, qualname='Planet')
print(list(Planet), Planet.MARS.value, Planet.__module__)
print(Enum('Num', 'A B', start=10).B.value, IntEnum('IE', ['X', 'Y']).Y + 1, Flag('FL', 'P Q R').R.value)
class Color(Enum):
    RED = 1
    def describe(self): return f'{self.name} is {self.value}'
    @classmethod
    def favorite(cls): return cls.RED
print(Color.RED.describe(), Color.favorite(), Color.RED._value_, Color.RED._name_, Color._member_map_['RED'], Color._value2member_map_)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.BLUE = 3
except AttributeError as e:
    print('AttributeError', e)
print(Color.RED == 1, Color.RED is Color(1), Color.RED.__hash__() == hash('RED'), sorted(Color, key=lambda c: c.value))
