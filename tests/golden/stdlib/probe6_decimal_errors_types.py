from decimal import Decimal, Context, getcontext, InvalidOperation, FloatOperation
import decimal

print(Decimal, type(Decimal(1)), decimal.Context, decimal.DecimalException, decimal.ROUND_HALF_EVEN)
print(repr(getcontext()).replace(" ", "")[:60])
print(Decimal("1e-10"), Decimal("0.0000001"), Decimal("1E+2"), Decimal("100E-2"), Decimal("-0.0"), Decimal("123.4500"))
print(Decimal("1.2e-7"), Decimal(".5"), Decimal("5."), Decimal(" 7 "), Decimal("1_000.5"), Decimal(-0.0), Decimal(2 ** 70))
print(Decimal(3.14), Decimal(0.5), Decimal("4.00") / Decimal("2"), Decimal(1) / Decimal(8), Decimal("1.000") * 3)
for op in [lambda: Decimal(1) + 1.5, lambda: 1.5 * Decimal(1), lambda: Decimal("x"), lambda: Decimal([1]),
           lambda: Decimal(1) < "1", lambda: Decimal("NaN") < 1, lambda: int(Decimal("NaN")), lambda: int(Decimal("Infinity")),
           lambda: Decimal("1.5").quantize(1.5), lambda: Decimal(1).sqrt() if False else Decimal(-1).sqrt(),
           lambda: Decimal(1) ** Decimal("0.5") if False else Decimal(-8) ** Decimal("0.5"), lambda: Decimal(1) % 0,
           lambda: Decimal(0) ** 0, lambda: round(Decimal("NaN")), lambda: hash(Decimal("sNaN")), lambda: Decimal((0, (1, 2), "x")),
           lambda: format(Decimal(1), "z"), lambda: Decimal(1).quantize(Decimal("1e-28"))]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
ctx = Context(prec=5, traps=[FloatOperation])
try:
    ctx.create_decimal(1.1)
except FloatOperation as e:
    print("FloatOperation", e)
print(Decimal(1.1) == 1.1, Decimal("1.1") == 1.1)
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.flags[InvalidOperation], sorted(k.__name__ for k, v in ctx.traps.items() if v))
c2 = getcontext().copy()
c2.prec = 3
print(c2.plus(Decimal("1.23456")), c2.flags[decimal.Inexact], c2.flags[decimal.Rounded])
c2.clear_flags()
print(c2.flags[decimal.Inexact])
print(Decimal("1.10").__repr__(), str(Decimal("1.10")), "%s %r %.1f" % (Decimal("2.50"), Decimal("2.50"), Decimal("2.55")))
print(Decimal(5) // Decimal(-2), Decimal(5) % Decimal(-2), Decimal(-5) // 2, -5 // 2, Decimal(-5) % 2, -5 % 2)
print(Decimal("2.5").__round__(), round(Decimal("3.5")), round(Decimal("2.345"), 2), type(round(Decimal("2.5"))).__name__)
print(Decimal("123.456").__format__(".2f"), f"{Decimal('1e6'):,}", f"{Decimal('-12.5'):+08.2f}", f"{Decimal('12'):.3g}", f"{Decimal('0.1234'):.1%}")
