# Fraction construction: ints, strings, floats, Rationals, pairs; normalization,
# properties, repr/str, the numbers tower, sizes, and the constructor's errors.
import numbers
import sys
from fractions import Fraction


def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


for expr in [
    "Fraction()", "Fraction(7)", "Fraction(-7)", "Fraction(6, 4)", "Fraction(6, -4)",
    "Fraction(-6, -4)", "Fraction(0, -5)", "Fraction(10**30, 4 * 10**28)",
    "Fraction(True)", "Fraction(True, True)", "Fraction(False, 3)",
    "Fraction('3/4')", "Fraction(' -1.5e3 ')", "Fraction('7')", "Fraction('+7')",
    "Fraction('-0')", "Fraction('.5')", "Fraction('5.')", "Fraction('1.e5')",
    "Fraction('-.25E-2')", "Fraction('1_000.5_5e1_0')", "Fraction('3.1415926535')",
    "Fraction('  12/16\\n')", "Fraction('\\u00a01/2\\u2003')", "Fraction('\\u0663/4')",
    "Fraction('1e-20')", "Fraction('-2.5e+3')", "Fraction('007/014')",
    "Fraction(0.1)", "Fraction(0.1) == Fraction(3602879701896397, 36028797018963968)",
    "Fraction(-0.0)", "Fraction(2.5)", "Fraction(1e300) == 10**300",
    "Fraction(5e-324)", "Fraction(1e22)",
    "Fraction(Fraction(1, 3))", "Fraction(Fraction(1, 2), Fraction(1, 3))",
    "Fraction(Fraction(1, 2), 3)", "Fraction(3, Fraction(1, 2))",
    "Fraction(2**100, 6**50)",
    "Fraction.from_float(0.25)", "Fraction.from_float(3)", "Fraction.from_float(True)",
    "Fraction.from_float(-1.75)",
    "Fraction(3, 4).as_integer_ratio()", "Fraction(-3, 4).numerator",
    "Fraction(-3, 4).denominator", "Fraction(5).real", "Fraction(5, 3).imag",
    "Fraction(5, 3).conjugate()", "complex(Fraction(1, 2))",
    "str(Fraction(3, 4))", "str(Fraction(3))", "str(Fraction(-3, 4))",
    "repr(Fraction(-3, 4))", "format(Fraction(1, 2))", "f'{Fraction(5, 3)!r} {Fraction(5, 3)}'",
    # errors
    "Fraction(1, 0)", "Fraction(-5, 0)", "Fraction('x')", "Fraction('1/0')",
    "Fraction('-1/0')", "Fraction(1.5, 2)", "Fraction(1, 2.0)", "Fraction('1', 2)",
    "Fraction(None)", "Fraction([])", "Fraction(b'1')", "Fraction(1j)",
    "Fraction(float('nan'))", "Fraction(float('inf'))", "Fraction(float('-inf'))",
    "Fraction('')", "Fraction(' ')", "Fraction('1/ 2')", "Fraction('1 /2')",
    "Fraction('1.5e')", "Fraction('1_')", "Fraction('1__0')", "Fraction('_1')",
    "Fraction('nan')", "Fraction('inf')", "Fraction('0x10')", "Fraction('1/2/3')",
    "Fraction('1.5/2')", "Fraction('+1/-2')", "Fraction('.')", "Fraction('.e1')",
    "Fraction('1.d')", "Fraction('1.dd')",
    "Fraction.from_float('a')", "Fraction.from_float(Fraction(1, 2))",
    "Fraction.from_float(float('nan'))", "Fraction.from_float(float('-inf'))",
    "Fraction.from_decimal(1.5)", "Fraction.from_decimal('1')",
    "Fraction(1, 2, 3)", "Fraction(numerator=3, denominator=6)",
]:
    show(expr)

print(isinstance(Fraction(1), numbers.Rational), isinstance(Fraction(1), numbers.Real),
      isinstance(Fraction(1), numbers.Integral), issubclass(Fraction, numbers.Number))
print(Fraction.__mro__)
print(Fraction.__slots__, sys.getsizeof(Fraction(1, 2)), sys.getsizeof(Fraction(10**40, 7)))
f = Fraction(1, 3)
for attempt in ["f.x = 1", "f.numerator = 2", "f.__dict__", "del f.denominator"]:
    try:
        exec(attempt)
        print(attempt, "ok")
    except Exception as e:
        print(attempt, type(e).__name__, e)
print(f._numerator, f._denominator)


class Sub(Fraction):
    pass


s = Sub(3, 6)
print(repr(s), str(s), type(s).__name__, sys.getsizeof(s), Sub.from_float(0.5), repr(Sub("2/8")))
s.extra = "attr"
print(s.extra, s.__dict__)
