from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, localcontext, InvalidOperation
from fractions import Fraction

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
print(Decimal("1.10") * 3, Decimal("10") / Decimal("3"))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("-7.5").quantize(Decimal("1"), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(2).sqrt())
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.00"))
print(Decimal("3.14159").as_tuple(), Decimal("-0"), Decimal("NaN"), Decimal("Infinity"))
print(sum(Decimal("0.01") for _ in range(100)), Decimal("5") % Decimal("3"), Decimal(-5) // 3)
print(round(Decimal("1.2345"), 2), int(Decimal("9.99")), float(Decimal("1.5")), Decimal("1.30") == Decimal("1.3"))
print(f"{Decimal('1234.5'):,.2f}", "{:.3e}".format(Decimal("12345")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print(repr(Decimal("1.0")), Decimal("12.340").to_integral_value(), Decimal(10) ** -2)
f = Fraction(3, 4)
print(f, f + Fraction(1, 4), f * 2, f / 3, f ** 2, -f, repr(f))
print(Fraction("0.125"), Fraction(0.5), Fraction(1.1).limit_denominator(100), Fraction("3/9"))
print(Fraction(7, 3).numerator, Fraction(7, 3).denominator, float(Fraction(1, 8)), int(Fraction(7, 2)))
print(sum(Fraction(1, n) for n in range(1, 6)), Fraction(1, 3) < 0.5, Fraction(2, 4) == 0.5)
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), Fraction(5, 3).as_integer_ratio())
print(f"{Fraction(1, 3)}", Fraction(-6, -4), hash(Fraction(1, 2)) == hash(0.5), Fraction(10) ** Fraction(1, 2))
print(Decimal("1.5").compare(Decimal("2")), Decimal("7").max(Decimal("3")), max(Decimal("1.1"), Decimal("1.10")))
