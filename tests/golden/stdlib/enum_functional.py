# The functional API, class-level errors and messages, and enum classes' memory.
import gc
import weakref
from enum import Enum, IntEnum, Flag, StrEnum, auto

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__, Animal)
Pets = Enum('Pets', 'DOG, FISH')
print(list(Pets))
Sizes = Enum('Sizes', [('S', 10), ('M', 20)])
print(list(Sizes), Sizes(20))
Named = Enum('Named', {'x': 'X', 'y': 'Y'})
print(list(Named), repr(Named.x))
Listed = IntEnum('Listed', ['ONE', 'TWO'], start=5)
print(list(Listed), Listed.TWO + 0)
Bits = Flag('Bits', 'A B C')
print(list(Bits), repr(Bits.A | Bits.C))
Strs = StrEnum('Strs', 'UP DOWN')
print(list(Strs), Strs.UP == 'up')


class Color(Enum):
    RED = 1
    GREEN = 2


for expr in ["Color(7)", "Color['X']", "Color('RED')", "Color[1]", "1 in Color",
             "Color.RED < Color.GREEN", "Color.RED + 1"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for stmt in ["Color.RED = 3", "del Color.RED", "Color.RED.name = 'x'", "Color.RED.value = 5",
             "Color.BLUE = 3"]:
    try:
        exec(stmt)
        print('ok', stmt)
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(Color.BLUE, list(Color))
for src in ["""
class Bad(Enum):
    A = 1
    A = 2
""", """
class Sub(Color):
    pass
""", """
class Sub(Color):
    X = 5
""", """
class S(StrEnum):
    A = 1
""", """
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
M(3)
"""]:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Derived(Base):
    A = 1


print(Derived.A.hello(), list(Derived), list(Base))

gc.collect()


def make():
    class Temp(Enum):
        ONE = 1
        TWO = 2
    return Temp


T = make()
member = T.ONE
ref = weakref.ref(T)
del T
print(ref() is not None, member, type(member).__name__)
del member
gc.collect()
print(ref())
