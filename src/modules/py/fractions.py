"""Rational numbers: the Fraction type.

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
    Decimal = _decimal_type()
    return Decimal is not None and isinstance(x, Decimal)


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float and Decimal instances

      - other Rational instances (including integers)

    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Constructs a Rational.

        Takes a string like '3/2' or '1.5', another Rational instance, a
        numerator/denominator pair, or a float.
        """
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, numbers.Rational)
              and isinstance(denominator, numbers.Rational)):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")

        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).

        """
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, numbers.Integral):
            from decimal import Decimal
            dec = Decimal(int(dec))
        elif not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple.

        Return a tuple of two integers, whose ratio is equal to the
        Fraction and with a positive denominator.
        """
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self: h/k are the convergents, and the
        # previous convergent is hp/kp.
        hp, kp, h, k = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while True:
            q, rest = divmod(num, den)
            k_next = kp + q * k
            if k_next > max_denominator:
                break
            hp, kp, h, k = h, k, hp + q * h, k_next
            num, den = den, rest
        # The best semiconvergent with a denominator in range, against the last
        # convergent: the closer one wins, the convergent on a tie.
        t = (max_denominator - kp) // k
        semi = Fraction(hp + t * h, kp + t * k)
        last = Fraction(h, k)
        if abs(last - self) <= abs(semi - self):
            return last
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Exact arithmetic on two rationals (normalized, denominators positive); the
    # operators below dispatch to these or fall back to float/complex arithmetic.

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        if da == db:
            return Fraction(na + nb, da)
        return Fraction(na * db + nb * da, da * db)

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        if da == db:
            return Fraction(na - nb, da)
        return Fraction(na * db - nb * da, da * db)

    def _mul(a, b):
        """a * b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = _gcd(na, db)
        g2 = _gcd(nb, da)
        if g1 > 1:
            na //= g1
            db //= g1
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, da * db, _normalize=False)

    def _div(a, b):
        """a / b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        if nb == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % ((na > 0) - (na < 0)))
        g1 = _gcd(na, nb)
        g2 = _gcd(da, db)
        if g1 > 1:
            na //= g1
            nb //= g1
        if g2 > 1:
            da //= g2
            db //= g2
        num, den = na * db, da * nb
        if den < 0:
            num, den = -num, -den
        return Fraction(num, den, _normalize=False)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def _operator_fallbacks(exact, inexact, name):
        """The forward and reflected methods of a binary operator: exact with ints
        and Rationals, `inexact` on floats or complex numbers otherwise."""

        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = "__%s__" % name
        reverse.__name__ = "__r%s__" % name
        forward.__doc__ = reverse.__doc__ = exact.__doc__
        return forward, reverse

    __add__, __radd__ = _operator_fallbacks(_add, operator.add, "add")
    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub, "sub")
    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul, "mul")
    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv, "truediv")
    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv, "floordiv")
    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, "divmod")
    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod, "mod")

    def __pow__(a, b):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.

        """
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        power = b.numerator
        n, d = a._numerator, a._denominator
        if power >= 0:
            return Fraction(n ** power, d ** power, _normalize=False)
        if n >= 0:
            return Fraction(d ** -power, n ** -power, _normalize=False)
        return Fraction((-d) ** -power, (-n) ** -power, _normalize=False)

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # An integer power of anything: left to the base's own type.
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            d = self._denominator
            q, r = divmod(self._numerator, d)
            twice = 2 * r
            if twice > d or (twice == d and q % 2 == 1):
                return q + 1
            return q
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        # The value n/d reduced modulo the hash prime P, as the numeric types hash
        # (an inverse of d exists unless P divides d, when the hash is that of inf).
        n, d = self._numerator, self._denominator
        if d % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:
            h = abs(n) % _HASH_MODULUS * pow(d, -1, _HASH_MODULUS) % _HASH_MODULUS
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Never equal to a finite value; 0.0 == b gives False of the right kind.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
