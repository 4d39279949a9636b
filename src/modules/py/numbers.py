"""Numeric abstract base classes (PEP 3141): Number > Complex > Real > Rational > Integral.

Our own implementation of the documented tower. Each class names the operations a
concrete number type must supply (its abstract methods) and derives the rest from them;
the builtin complex, float and int are registered at their levels.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(*names):
    """Abstract methods `names`, to be spread into a class body through `locals()`."""
    methods = {}
    for name in names:
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        methods[name] = abstractmethod(method)
    return methods


def _abstract_property(name):
    def getter(self):
        raise NotImplementedError
    getter.__name__ = name
    return property(abstractmethod(getter))


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class. Checking isinstance(x, Number) tells whether
    an argument is any kind of number."""

    __slots__ = ()
    # Numbers of different types compare equal when their values are: such types define
    # their own hashes.
    __hash__ = None


class Complex(Number):
    """Complex numbers: the operations of the builtin complex type."""

    __slots__ = ()

    locals().update(_abstract(
        "__complex__", "__add__", "__radd__", "__neg__", "__pos__", "__mul__", "__rmul__",
        "__truediv__", "__rtruediv__", "__pow__", "__rpow__", "__abs__", "conjugate",
        "__eq__"))
    real = _abstract_property("real")
    imag = _abstract_property("imag")

    def __bool__(self):
        """True if self != 0."""
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex plus ordering, float conversion, and the rounding and
    floor-division operations."""

    __slots__ = ()

    locals().update(_abstract(
        "__float__", "__trunc__", "__floor__", "__ceil__", "__round__", "__floordiv__",
        "__rfloordiv__", "__mod__", "__rmod__", "__lt__", "__le__"))

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Rational numbers: a numerator and a denominator in lowest terms."""

    __slots__ = ()

    numerator = _abstract_property("numerator")
    denominator = _abstract_property("denominator")

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: Rational plus the bit operations and conversion to int."""

    __slots__ = ()

    locals().update(_abstract(
        "__int__", "__pow__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
        "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__invert__"))

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
