from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_05UP, ROUND_HALF_DOWN, ROUND_DOWN, getcontext, Context
import decimal
CENT = Decimal('0.01')
prices = [Decimal('19.99'), Decimal('5.005'), Decimal('0.125'), Decimal('-2.675')]
for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, [str(p.quantize(CENT, rounding=mode)) for p in prices])
subtotal = sum(prices); tax = (subtotal * Decimal('0.0825')).quantize(CENT)
print(subtotal, tax, subtotal + tax)
split = (Decimal('100') / 3).quantize(CENT); print(split, split * 3, Decimal('100') - split * 2)
ctx = Context(prec=6, rounding=ROUND_HALF_UP)
print(ctx.divide(Decimal(2), Decimal(3)), ctx.add(Decimal('1.0000005'), 0), ctx.power(Decimal(2), 10), ctx)
print(Decimal('1.30') * Decimal('1.20'), Decimal('3.14159').quantize(Decimal('1e-3')), Decimal(123456789) * Decimal(987654321))
print(Decimal('1e-7'), Decimal('0.0000001'), Decimal('1e20') + 1, Decimal('123.456').scaleb(2), Decimal('123.456').adjusted())
print(Decimal('-1.5').copy_abs(), Decimal('1.5').copy_negate(), Decimal('2').compare(Decimal('3')), Decimal('NaN').is_nan(), Decimal('5').is_signed())
print(Decimal('2.50').normalize(), Decimal('0.00').normalize(), Decimal(5).ln().quantize(Decimal('1e-10')), Decimal(100).log10(), Decimal('0.5').exp())
print(Decimal('7').max(Decimal('7.0')), Decimal('1.1').fma(2, 3), Decimal(15).to_eng_string(), Decimal('1.5E+7').to_eng_string(), Decimal('12').rotate(1) if False else '')
print(decimal.Decimal.from_float(0.5), Decimal((0, (1, 4, 1), -2)), Decimal((1, (5,), 2)), int(Decimal('-3.9')), float(Decimal('1.25')))
try:
    Decimal('1.5').quantize(Decimal('1e-30'), context=Context(prec=5))
except decimal.InvalidOperation as e:
    print('InvalidOperation', type(e).__name__, e)
c2 = getcontext().copy(); c2.traps[decimal.Inexact] = True
try:
    c2.divide(Decimal(1), Decimal(3))
except decimal.Inexact as e:
    print('Inexact', e)
print(Decimal(1) / 8, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), hash(Decimal('1.0')) == hash(1), Decimal(2) ** Decimal('0.5'))
print(sorted([Decimal('1.1'), 1, 0.5, Decimal('-3')]), Decimal('3.5') > 3, Decimal('NaN') == Decimal('NaN'))
try:
    Decimal('NaN') < 1
except decimal.InvalidOperation as e:
    print('InvalidOperation', e)
