from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, localcontext, InvalidOperation
import decimal

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(subtotal + tax))
print(Decimal("1.1") + Decimal("2.2"), 1.1 + 2.2, Decimal(1.1), Decimal("3.14159").quantize(Decimal("1.00")))
print(Decimal("10") / Decimal("3"), Decimal(1) / Decimal(7), Decimal("2").sqrt(), Decimal("100").log10())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(getcontext().prec, Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal("-7.5").quantize(Decimal("1"), rounding=ROUND_DOWN))
print(Decimal("1.50") == Decimal("1.5"), Decimal("1.5") == 1.5, Decimal("0.1") == 0.1, hash(Decimal("1.0")) == hash(1))
print(Decimal("-0"), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000001"), Decimal("1e-7"))
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("12.345").as_tuple(), Decimal("-1.5").copy_abs(), Decimal(5).is_zero())
print(f"{Decimal('1234.5678'):,.2f} {Decimal('0.5'):%} {Decimal('42'):>8} {Decimal('1.23E+5'):f} {Decimal('3.0'):e}")
print(round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("-3.9")), float(Decimal("0.1")), divmod(Decimal(7), Decimal(-2)), Decimal(-7) % 2)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", e)
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero:", type(e).__mro__[1:3])
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError:", e)
loan = Decimal("10000")
rate = Decimal("0.05") / 12
payment = (loan * rate / (1 - (1 + rate) ** -36)).quantize(Decimal("0.01"))
print("monthly payment", payment)
bal = loan
for month in range(1, 4):
    interest = (bal * rate).quantize(Decimal("0.01"))
    bal -= payment - interest
    print(f"{month:2} {interest:>8} {bal:>10}")
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("0.9"), 1]), max(Decimal("2"), 1.5), Decimal("5").max(Decimal("7")))
