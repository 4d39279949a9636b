from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero, Context, Inexact
import decimal

print(Decimal("1.10") + Decimal("2.20"), Decimal(1.1), Decimal("3.14159").quantize(Decimal("0.01")))
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
total = sum(prices)
print(total, repr(total), total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("tax", tax)
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.665").quantize(Decimal("0.01"), ROUND_HALF_EVEN))
print(Decimal("7.89").quantize(Decimal("1"), rounding=ROUND_DOWN), Decimal("-7.5").quantize(Decimal("1")))
print(getcontext().prec, getcontext().rounding)
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(7))
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.00").normalize(), Decimal("1.500").normalize())
print(Decimal("-0"), Decimal("Infinity"), Decimal("-inf"), Decimal("NaN"), repr(Decimal("sNaN")))
print(Decimal("12.345").as_tuple(), Decimal("12.345").adjusted(), Decimal((0, (1, 2, 3), -2)))
print(Decimal("10") % 3, Decimal("-10") % 3, Decimal("-10") // 3, divmod(Decimal("10"), Decimal("3")))
print(Decimal(2).sqrt(), Decimal("2").ln() if False else "", Decimal(10).log10(), Decimal("1.5").exp())
print(Decimal("1.23") == 1.23, Decimal("1.5") == 1.5, Decimal("1") == 1, Decimal("0.1") < 0.2)
print(round(Decimal("2.5")), round(Decimal("3.14159"), 2), int(Decimal("-3.9")), float(Decimal("0.1")))
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.000012'):.2e}", format(Decimal("42"), ">8"), f"{Decimal('0.5'):%}")
print(Decimal("3.0").is_zero() if False else Decimal("3.0") == 3, Decimal("3.0").to_integral_value(), Decimal("3.7").to_integral_exact(rounding=ROUND_DOWN))
print(Decimal("5").max(Decimal("7")), Decimal("-2").copy_abs(), Decimal("2").copy_negate(), Decimal("1.2").compare(Decimal("1.20")))
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal("0") / 0, lambda: Decimal(1) + 1.5, lambda: Decimal("1.23").quantize(Decimal("1e-30"))]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__, e)
ctx = Context(prec=3, rounding=ROUND_HALF_UP)
print(ctx.add(Decimal("1.234"), Decimal("1")), ctx.divide(2, 3), ctx.create_decimal("3.14159"))
ctx.traps[Inexact] = True
try:
    ctx.divide(1, 3)
except Inexact as e:
    print("Inexact trapped", type(e).__mro__[1].__name__)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
print(Decimal.from_float(0.1), Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"))
