# Arithmetic, the exponent rules of the specification, rounding to the context.
import math
from decimal import (Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN,
                     ROUND_05UP, Inexact, Rounded)

D = Decimal
print(D('1.10') + D('2.20'), D('1.1') + D('2.2') == D('3.3'), D('1.30') - D('1.3'))
print(D(1) / D(3), D(2) / D(3), D(1) / D(8), D(10) / D(4), D('1.00') / D('0.5'), D(100) / D('1E+2'))
print(D('1.0') * D('2.00'), D('0.1') * 3, D('1.20') * D('-2'), D(7) // D(2), D(-7) // D(2))
print(D(7) % D(3), D(-7) % D(3), D(7) % D(-3), D('7.5') % 2, D(-4) % 2, divmod(D(7), D(2)), divmod(D('-7.5'), 2))
print(D(2) ** 10, D('1.1') ** 2, D(2) ** -2, D(10) ** -2, D('1.000') ** 3, D(4) ** D('0.5'), D(2) ** D('0.5'))
print(-D('1.5'), +D('-0'), -D('0'), abs(D('-2.50')), abs(D('-0')))
print(D(1) + 1, 1 + D(1), 10 - D('0.5'), 3 * D('1.5'), 1 / D(4), 7 // D(2), 7 % D(4), 2 ** D(3), divmod(7, D(2)))
print(sum(D('0.1') for _ in range(10)), sum([D('1.5'), D('2.25')], D(0)))

# precision and rounding
for prec in [1, 3, 5, 9, 28]:
    with localcontext(prec=prec):
        print(prec, D(1) / 7, D(2).sqrt(), D('123456.789') + 0, D('9.999') * 1, D(10) ** 20)
for rounding in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP,
                 ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    row = []
    for s in ['2.5', '3.5', '-2.5', '2.51', '-2.49', '1.0', '0.05', '5.01', '-0.5']:
        row.append(str(D(s).quantize(D('1'), rounding=rounding)))
    with localcontext(prec=2, rounding=rounding):
        row.append(str(D('1.25') + 0))
        row.append(str(D('-1.35') * 1))
        row.append(str(D(1) / 3))
    print(rounding, ' '.join(row))

# quantize, the money idiom
price = D('19.99')
tax = (price * D('0.0825')).quantize(D('0.01'), rounding=ROUND_HALF_UP)
print(tax, price + tax, D('7.325').quantize(D('.01')), D('7.325').quantize(D('.01'), ROUND_HALF_UP))
print(D('1.2').quantize(D('0.001')), D('123.456').quantize(D('1E+1')), D('-0').quantize(D('1E+3')))
print(round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('123.456'), -1), round(D('0.5'), 0))
print(type(round(D('2.5'))), type(round(D('2.5'), 1)))
print(math.floor(D('-2.5')), math.ceil(D('-2.5')), math.trunc(D('-2.7')), math.floor(D('7')), int(D('-9.99')), float(D('1.25')))
print(int(D('1E+30')), float(D('1E+400')), float(D('-1E-400')), float(D('NaN')), float(D('-Infinity')))
print(bool(D(0)), bool(D('0.00')), bool(D('0.01')), bool(D('NaN')))

# methods
x = D('-12.3400')
print(x.normalize(), D('0.00').normalize(), D('1E+2').normalize(), D('120.0').normalize())
print(D('2.5').to_integral_value(), D('3.5').to_integral_value(), D('2.5').to_integral_exact(ROUND_UP), D('1E+2').to_integral())
print(x.copy_abs(), x.copy_negate(), D(3).copy_sign(x), D('NaN').copy_sign(-1))
print(D(2).max(3), D(2).min(3), D('NaN').max(5), D(-3).max_mag(2), D(1).compare(2), D(2).compare(D('2.0')), D(3).compare(D('NaN')))
print(D(2).fma(3, 4), D('1.5').scaleb(2), D('1.5').scaleb(-3), D(10).logb(), D('0.001').logb())
print(D(10).remainder_near(3), D(11).remainder_near(3), D('1.234').same_quantum(D('0.001')), D(1).next_plus(), D(1).next_minus(), D(1).next_toward(0))
print(D(12).compare_total(D('12.0')), D('-0').compare_total(D(0)), D('NaN').compare_total(D('Inf')), D('-1.5').number_class(), D('0').number_class())
print([D(s).is_zero() for s in ['0', '-0.0', '1']], D('-1').is_signed(), D('Inf').is_infinite(), D('NaN').is_nan(),
      D('sNaN').is_snan(), D('1').is_finite(), D('1E-1000000').is_subnormal(), D(1).is_normal())
print(D(15).shift(2), D(12345).rotate(-2), D(1101).logical_and(1011), D(1101).logical_or(1011), D(1101).logical_xor(1011))

# comparisons and hashing across types
print(D('1.0') == 1, D('1.5') == 1.5, D('0.1') == 0.1, D('1.5') < 2, 2.5 > D('2.4'), D(1) != 1.0)
print(sorted([D('1.10'), 1, 0.5, D('-3'), 2]), max(D(1), 2.5), min(D('2.0'), D(2)))
print(hash(D(1)) == hash(1), hash(D('1.5')) == hash(1.5), hash(D('0.1')) == hash(0.1), hash(D('-1')), hash(D('1E+100')) == hash(10**100))
print(hash(D('Inf')), hash(D('-Inf')), {D('1.0'): 'one'}[1], len({D(1), D('1.00'), 1, 1.0}))
try:
    from fractions import Fraction
    print(D('0.5') == Fraction(1, 2), D('0.5') < Fraction(2, 3), hash(D('0.25')) == hash(Fraction(1, 4)))
except ImportError:
    print(True, True, True)

ctx = getcontext()
print(ctx.flags[Inexact], ctx.flags[Rounded])
