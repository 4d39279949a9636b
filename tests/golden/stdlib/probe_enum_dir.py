# dir() of enum classes and members (3.11's EnumType.__dir__ / Enum.__dir__).
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def meth(self):
        pass

    @property
    def prop(self):
        return 1

    _private = 5


Color.RED.extra = 1
print(dir(Color))
print(dir(Color.RED))


class Base(enum.Enum):
    def bmeth(self):
        pass


class Sub(Base):
    X = 1
    __dunder__ = 3


print(dir(Sub.X))
print(dir(Sub))


class I(enum.IntEnum):
    A = 1


print(dir(I))
print(set(dir(int)) <= set(dir(I.A)), "A" in dir(I), "name" in dir(I.A))


class N(enum.Enum):
    A = 1

    def __new__(cls, v):
        o = object.__new__(cls)
        o._value_ = v
        return o


print(dir(N))


class Fl(enum.Flag):
    A = 1
    B = 2


print(dir(Fl), dir(Fl.A), dir(Fl.A | Fl.B))


class S(str, enum.Enum):
    A = "a"


print(set(dir(str)) <= set(dir(S)), "A" in dir(S), "__new__" in dir(S))
