"""Exact rational arithmetic: the Fraction type.

Our own implementation of the documented behaviour of CPython 3.11's fractions module.
A Fraction keeps a normalized pair of ints (numerator, denominator > 0, coprime); its
arithmetic with ints and other Fractions is exact, and with floats and complex numbers
it falls back to float or complex arithmetic.
"""

import math
import numbers
import operator
import sys


def _decimal_type():
    """decimal.Decimal, or None while the decimal module is not loaded (there can be
    no Decimal instance then, and loading it would cost every user of fractions)."""
    module = sys.modules.get("decimal")
    return getattr(module, "Decimal", None) if module is not None else None

__all__ = ["Fraction"]

# The prime modulus and the value for infinities of numeric hashing (sys.hash_info).
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

_gcd = math.gcd


def _is_digit(ch):
    return ch.isdecimal()


def _scan_digits(text, i, n):
    """End of a run of digits, optionally single underscores between groups, from i
    (i itself when no digit is there)."""
    j = i
    while j < n and _is_digit(text[j]):
        j += 1
    if j == i:
        return i
    while j + 1 < n and text[j] == "_" and _is_digit(text[j + 1]):
        j += 2
        while j < n and _is_digit(text[j]):
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None when `text` is not one.

    Accepted: optional whitespace, an optional sign, then either 'N/D' or a decimal
    'N', 'N.', 'N.F', '.F' with an optional exponent 'e[+-]X', optional whitespace.
    Digit groups may be joined by single underscores.
    """
    body = text.strip()
    n = len(body)
    i = 0
    negative = False
    if i < n and body[i] in "+-":
        negative = body[i] == "-"
        i += 1
    if not (i < n and (_is_digit(body[i])
                       or (body[i] == "." and i + 1 < n and _is_digit(body[i + 1])))):
        return None
    end = _scan_digits(body, i, n)
    numerator = int(body[i:end]) if end > i else 0
    i = end
    denominator = 1
    if i < n and body[i] == "/":
        end = _scan_digits(body, i + 1, n)
        if end == i + 1 or end != n:
            return None
        denominator = int(body[i + 1:end])
    else:
        fraction = None
        if i < n and body[i] == ".":
            i += 1
            # The fraction part is digits, or (as in CPython 3.11) a run of letters d,
            # which then fail as an int below.
            end = i
            while end < n and body[end] in "dD":
                end += 1
            stop = _scan_exponent(body, end, n)
            if stop != n:
                end = _scan_digits(body, i, n)
                stop = _scan_exponent(body, end, n)
                if stop != n:
                    return None
            fraction = body[i:end]
            exponent = body[end + 1:stop] if stop > end else ""
        else:
            stop = _scan_exponent(body, i, n)
            if stop != n:
                return None
            exponent = body[i + 1:stop] if stop > i else ""
        if fraction:
            fraction = fraction.replace("_", "")
            scale = 10 ** len(fraction)
            numerator = numerator * scale + int(fraction)
            denominator = scale
        if exponent:
            power = int(exponent)
            if power >= 0:
                numerator *= 10 ** power
            else:
                denominator *= 10 ** -power
    if negative:
        numerator = -numerator
    return numerator, denominator


def _scan_exponent(text, i, n):
    """End of an optional exponent 'e[+-]digits' at i (i when there is none)."""
    if i < n and text[i] in "eE":
        j = i + 1
        if j < n and text[j] in "+-":
            j += 1
        end = _scan_digits(text, j, n)
        if end > j:
            return end
    return i


def _is_decimal(x):
    kind = _decimal_type()
    return kind is not None and isinstance(x, kind)


def _bare(n, d):
    """A plain Fraction of n/d, which the caller knows to be in lowest terms with d > 0."""
    result = object.__new__(Fraction)
    result._numerator = n
    result._denominator = d
    return result


def _lowest_terms(n, d):
    """(n, d) divided by their greatest common divisor, the sign carried by n."""
    if d == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % n)
    g = _gcd(n, d)
    if d < 0:
        g = -g
    return n // g, d // g


def _quotient(n, d):
    """n/d as a plain Fraction in lowest terms."""
    return _bare(*_lowest_terms(n, d))


def _single_argument(value):
    """(numerator, denominator, reduced?) of the value given alone to Fraction()."""
    if type(value) is int:
        return value, 1, True
    if isinstance(value, numbers.Rational):
        return value.numerator, value.denominator, True
    if isinstance(value, float) or _is_decimal(value):
        n, d = value.as_integer_ratio()
        return n, d, True
    if isinstance(value, str):
        pair = _parse(value)
        if pair is None:
            raise ValueError("Invalid literal for Fraction: %r" % value)
        return pair[0], pair[1], False
    raise TypeError("argument should be a string or a Rational instance")


def _sign(x):
    return (x > 0) - (x < 0)


class Fraction(numbers.Rational):
    """An exact rational number p/q, kept in lowest terms with q > 0.

    Fraction(p, q) takes two Rationals (ints included) and divides them;
    Fraction(x) takes an int or other Rational, a float or a Decimal (converted
    exactly), or a string: '7/3', or a decimal literal like '-1.25e3' (whitespace
    around it and underscores between digits allowed). Fraction() is zero.
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        """Make a Fraction from one value or from a numerator and a denominator."""
        if denominator is None:
            n, d, reduced = _single_argument(numerator)
        else:
            reduced = False
            if type(numerator) is int and type(denominator) is int:
                n, d = numerator, denominator
            elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
                n = numerator.numerator * denominator.denominator
                d = numerator.denominator * denominator.numerator
            else:
                raise TypeError("both arguments should be Rational instances")
        if not reduced:
            n, d = _lowest_terms(n, d)
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    # -- alternative constructors and conversions ---------------------------------

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (or of an int) as a Fraction."""
        if isinstance(f, float):
            return cls(*f.as_integer_ratio())
        if isinstance(f, numbers.Integral):
            return cls(f)
        raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                        % (cls.__name__, f, type(f).__name__))

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal (or of an int) as a Fraction."""
        if isinstance(dec, numbers.Integral):
            import decimal
            dec = decimal.Decimal(int(dec))
        elif not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """The pair (numerator, denominator), denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most max_denominator.

        For example Fraction('3.141592653589793').limit_denominator(10) is 22/7.
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return _bare(self._numerator, self._denominator)
        # Expand self as a continued fraction, keeping the last two convergents
        # (a0/b0 older, a1/b1 newer) while their denominators stay in range.
        a0, b0, a1, b1 = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term, rest = divmod(top, bottom)
            b2 = b0 + term * b1
            if b2 > max_denominator:
                break
            a0, b0, a1, b1 = a1, b1, a0 + term * a1, b2
            top, bottom = bottom, rest
        # The candidates: the last convergent, and the largest semiconvergent
        # still in range. The nearer wins; the convergent wins a tie.
        steps = (max_denominator - b0) // b1
        near = _quotient(a1, b1)
        semi = _quotient(a0 + steps * a1, b0 + steps * b1)
        return near if abs(near - self) <= abs(semi - self) else semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # -- arithmetic -----------------------------------------------------------------------
    # Each exact rule takes two rationals (a Fraction and an int or Rational) as
    # (numerator, denominator) pairs; _binary() makes the operator methods from it.

    def _sum(an, ad, bn, bd):
        return _quotient(an * bd + bn * ad, ad * bd)

    def _difference(an, ad, bn, bd):
        return _quotient(an * bd - bn * ad, ad * bd)

    def _product(an, ad, bn, bd):
        return _quotient(an * bn, ad * bd)

    def _ratio(an, ad, bn, bd):
        if bn == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % _sign(an))
        return _quotient(an * bd, ad * bn)

    def _floor_ratio(an, ad, bn, bd):
        return (an * bd) // (ad * bn)

    def _remainder(an, ad, bn, bd):
        return _quotient((an * bd) % (bn * ad), ad * bd)

    def _quotient_remainder(an, ad, bn, bd):
        whole, left = divmod(an * bd, ad * bn)
        return whole, _quotient(left, ad * bd)

    def _binary(rule, approximate, name):
        """The method pair (__name__, __rname__) of one binary operator: `rule` on
        two rationals, `approximate` (the operator itself) once a float or a
        complex number is involved."""

        def method(self, other):
            if isinstance(other, (int, Fraction)):
                return rule(self._numerator, self._denominator, other.numerator, other.denominator)
            if isinstance(other, float):
                return approximate(float(self), other)
            if isinstance(other, complex):
                return approximate(complex(self), other)
            return NotImplemented

        def reflected(self, other):
            if isinstance(other, numbers.Rational):
                return rule(other.numerator, other.denominator, self._numerator, self._denominator)
            if isinstance(other, numbers.Real):
                return approximate(float(other), float(self))
            if isinstance(other, numbers.Complex):
                return approximate(complex(other), complex(self))
            return NotImplemented

        method.__name__ = "__%s__" % name
        reflected.__name__ = "__r%s__" % name
        return method, reflected

    __add__, __radd__ = _binary(_sum, operator.add, "add")
    __sub__, __rsub__ = _binary(_difference, operator.sub, "sub")
    __mul__, __rmul__ = _binary(_product, operator.mul, "mul")
    __truediv__, __rtruediv__ = _binary(_ratio, operator.truediv, "truediv")
    __floordiv__, __rfloordiv__ = _binary(_floor_ratio, operator.floordiv, "floordiv")
    __divmod__, __rdivmod__ = _binary(_quotient_remainder, divmod, "divmod")
    __mod__, __rmod__ = _binary(_remainder, operator.mod, "mod")
    del _sum, _difference, _product, _ratio, _floor_ratio, _remainder
    del _quotient_remainder, _binary

    def __pow__(self, exponent):
        """self ** exponent: a Fraction for an integral exponent, otherwise the
        float (or complex) power."""
        if not isinstance(exponent, numbers.Rational):
            return float(self) ** exponent
        if exponent.denominator != 1:
            return float(self) ** float(exponent)
        k = exponent.numerator
        n, d = self._numerator, self._denominator
        if k < 0:
            # Invert first; the sign moves to the new numerator.
            n, d, k = d * _sign(n) or d, abs(n), -k
            if d == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % n ** k)
        return _bare(n ** k, d ** k)

    def __rpow__(self, base):
        """base ** self."""
        n, d = self._numerator, self._denominator
        if d == 1:
            if n >= 0 or not isinstance(base, numbers.Rational):
                return base ** n
        elif not isinstance(base, numbers.Rational):
            return base ** float(self)
        return _quotient(base.numerator, base.denominator) ** self

    def __pos__(self):
        return _bare(self._numerator, self._denominator)

    def __neg__(self):
        return _bare(-self._numerator, self._denominator)

    def __abs__(self):
        return _bare(abs(self._numerator), self._denominator)

    def __int__(self):
        n, d = self._numerator, self._denominator
        return n // d if n >= 0 else -(-n // d)

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """round(self) is the nearest int (ties to even); round(self, k) the
        nearest multiple of 10**-k as a Fraction."""
        if ndigits is not None:
            scale = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * scale), scale)
            return Fraction(round(self / scale) * scale)
        whole, left = divmod(self._numerator, self._denominator)
        doubled = left * 2
        if doubled > self._denominator or (doubled == self._denominator and whole & 1):
            whole += 1
        return whole

    def __hash__(self):
        # Numbers that are equal hash alike: n/d is taken modulo the prime
        # sys.hash_info.modulus, or is the hash of infinity when that prime
        # divides d (d then has no inverse).
        n, d = self._numerator, self._denominator
        p = _HASH_MODULUS
        if d % p:
            value = abs(n) % p * pow(d, p - 2, p) % p
        else:
            value = _HASH_INF
        if n < 0:
            value = -value
        return -2 if value == -1 else value

    # -- comparisons ------------------------------------------------------------------------

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, numbers.Rational):
            return (self._numerator, self._denominator) == (other.numerator, other.denominator)
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return self == Fraction.from_float(other)
        return 0.0 == other

    def _order(self, other, test):
        if isinstance(other, numbers.Rational):
            return test(self._numerator * other.denominator, other.numerator * self._denominator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return test(self, Fraction.from_float(other))
        return test(0.0, other)

    def __lt__(self, other):
        return self._order(other, operator.lt)

    def __le__(self, other):
        return self._order(other, operator.le)

    def __gt__(self, other):
        return self._order(other, operator.gt)

    def __ge__(self, other):
        return self._order(other, operator.ge)

    def __bool__(self):
        return self._numerator != 0

    # -- pickling and copying ------------------------------------------------------------------

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
