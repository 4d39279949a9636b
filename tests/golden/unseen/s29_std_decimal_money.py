# Money calculations with decimal
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero
import decimal

price = Decimal("19.99")
qty = 3
tax_rate = Decimal("0.0825")
subtotal = price * qty
tax = (subtotal * tax_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(tax))
print(Decimal("1.1") + Decimal("2.2"), 1.1 + 2.2, Decimal(0.1))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP))
print(Decimal("7.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN), Decimal("-7.9").quantize(Decimal("1"), ROUND_DOWN))
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln().quantize(Decimal("1.000000")))
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(3))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30").normalize(), Decimal("100").normalize())
print(Decimal("3.14159").as_tuple(), Decimal("-0.00").is_signed(), Decimal("1e3"), Decimal("1E+3") == 1000)
print(Decimal("10") // Decimal("3"), Decimal("-10") // Decimal("3"), Decimal("-10") % Decimal("3"), divmod(Decimal(7), Decimal(2)))
print(round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("9.99")), float(Decimal("0.5")))
print(Decimal("NaN"), Decimal("-Infinity"), Decimal("Infinity") > 10**100, Decimal("1.0") == 1)
print(sorted([Decimal("1.5"), Decimal("0.3"), Decimal("-2")]), max(Decimal("2"), Decimal("2.0")))
print(sum([Decimal("0.1")] * 10), Decimal("0.1") * 10 == 1)
print(f"{Decimal('1234.5678'):,.2f}", format(Decimal("0.5"), "%"), f"{Decimal('3'):08.3f}")
print(Decimal(12345).scaleb(-2), Decimal("1.23E+5").to_eng_string(), Decimal("0.000001234"))
print(Decimal("5").compare(Decimal("3")), Decimal("2") ** 10, Decimal("2") ** Decimal("0.5"))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__name__, e)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero:", e)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError:", e)
print(Decimal(3).is_finite(), Decimal("1.50").adjusted(), decimal.MAX_PREC > 0)
