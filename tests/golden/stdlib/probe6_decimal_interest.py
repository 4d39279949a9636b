# Loan amortization schedule with Decimal
from decimal import Decimal, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, ROUND_UP, ROUND_HALF_DOWN, localcontext, getcontext
import decimal

CENT = Decimal("0.01")

def payment(principal, annual_rate, months):
    r = annual_rate / 12
    return (principal * r / (1 - (1 + r) ** -months)).quantize(CENT, ROUND_HALF_UP)

P = Decimal("10000")
rate = Decimal("0.06")
pmt = payment(P, rate, 12)
print("payment", pmt)
bal = P
for m in range(1, 13):
    interest = (bal * rate / 12).quantize(CENT, ROUND_HALF_UP)
    principal = pmt - interest
    if m == 12:
        principal = bal
    bal -= principal
    if m in (1, 2, 11, 12):
        print(f"{m:>2} {interest:>8} {principal:>9} {bal:>10}")
print(bal, bal == 0, repr(bal))
for mode in [ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_05UP]:
    print(mode, [str(Decimal(x).quantize(Decimal("1"), rounding=mode)) for x in ["2.5", "-2.5", "1.01", "-1.99", "0.5"]])
print(Decimal("1.1") ** 2, Decimal("2") ** Decimal("0.5"), Decimal(-8) ** 3, Decimal("1.5") ** -1)
with localcontext(prec=6) as ctx:
    print(Decimal(1) / 3, ctx.prec, Decimal("1.2345678") * 1)
with localcontext() as ctx:
    ctx.rounding = ROUND_FLOOR
    print(Decimal(2) / 3, +Decimal("1.99999999999999999999999999999"))
print(getcontext().Emax, getcontext().Emin, getcontext().capitals, getcontext().clamp)
c = decimal.Context(prec=4)
print(c.sqrt(Decimal(2)), c.power(2, 10), c.abs(Decimal(-3)), c.to_sci_string(Decimal("123456")))
print(Decimal("123.456").scaleb(2), Decimal("1234").shift(2) if False else Decimal("12.3E+5"), Decimal("1E+5").to_eng_string(), Decimal("0.0001234").to_eng_string())
print(Decimal("-1.5").is_signed(), Decimal("0").is_zero(), Decimal("NaN").is_nan(), Decimal("Inf").is_infinite(), Decimal("1.5").is_finite())
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("1.09")]), max(Decimal("1.0"), Decimal("1.00")))
print(Decimal(10) ** 30, Decimal("1e30") + 1, Decimal(2) ** 100)
print(Decimal("12345.6789").quantize(Decimal("1e2")) if False else Decimal("12345.6789").quantize(Decimal("1E+1")))
print(sum([Decimal("0.1")] * 10) == Decimal("1.0"), sum([0.1] * 10) == 1.0)
print(f"{Decimal('-0.00'):f} {Decimal('1e-7'):f} {Decimal('1e-7')} {Decimal('1.23e5'):e} {Decimal('3'):.3}")
print(Decimal("7").fma(2, 3), Decimal("17").remainder_near(5), Decimal(255).logb(), Decimal("3.7").__trunc__())
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal(2)) == hash(2), Decimal("0.1") + Decimal(1) / Decimal(10))
