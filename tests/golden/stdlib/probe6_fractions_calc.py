from fractions import Fraction
from decimal import Decimal
import math

a = Fraction(3, 4)
b = Fraction("2/6")
print(a, b, repr(a), repr(b))
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a ** -2, -a, abs(-a))
print(divmod(Fraction(7, 2), Fraction(2, 3)))
print(Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(1, 3) * 1.5, 2 ** Fraction(1, 2))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(Decimal("0.125")))
print(Fraction("3.1415"), Fraction("-1e-3"), Fraction(" 7/-1 ".strip().replace("-", "")) if False else Fraction("  -7/3  "))
print(Fraction(math.pi).limit_denominator(1000), Fraction(10, -4), Fraction(0, 5))
print(a.numerator, a.denominator, a.as_integer_ratio(), float(a), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)))
print(round(Fraction(22, 7), 3), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) == 1 / 3, Fraction(1, 2) < 0.6, Fraction(2, 4) == Fraction(1, 2))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), {Fraction(1, 2): "x"}[0.5])
print(sum(Fraction(1, n) for n in range(1, 7)))
print(f"{Fraction(1, 3)!s:>8}|{Fraction(1, 3)!r}")
print(Fraction(1, 3).is_integer() if hasattr(Fraction, "is_integer") else "no is_integer")
print(Fraction(5, 1), str(Fraction(5, 1)), Fraction(1, 2) ** Fraction(2))
for bad in ["1/0", "abc", "1.2.3", "", "1/ 2"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for bad in [lambda: Fraction(1, 0), lambda: Fraction(1.5, 2), lambda: Fraction(float("inf")), lambda: Fraction(float("nan")), lambda: Fraction(1) / 0, lambda: Fraction("1") + "x"]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(Fraction.from_float(0.25), Fraction.from_decimal(Decimal("-1.5")))
print(sorted([Fraction(1, 3), 0.3, Fraction(1, 4), 1]))

def egyptian(fr):
    parts = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        parts.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return parts

print(egyptian(Fraction(4, 13)))
