from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
from fractions import Fraction
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7), Decimal('10') / 4)
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('2.675').quantize(Decimal('0.01')))
print(Decimal('7.325').quantize(Decimal('1.0'), rounding=ROUND_DOWN), round(Decimal('2.5')), round(Decimal('3.14159'), 2))
print(Decimal(0.1), Decimal('1e3'), Decimal('1E+3').normalize(), Decimal('100').normalize(), Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'))
print(Decimal('3.0') == 3, Decimal('0.1') == 0.1, Decimal(2).sqrt(), Decimal('1.5').as_tuple(), Decimal('1.23').as_integer_ratio())
print(repr(Decimal('5.00')), str(Decimal('5.00') * 2), Decimal('12.345').to_integral_value(), Decimal(10) ** -2)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), +Decimal('1.234567'))
print(getcontext().prec, getcontext().rounding)
try:
    Decimal('abc')
except InvalidOperation as e:
    print('InvalidOperation', e)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', e)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print('TypeError', e)
print(f'{Decimal("1234.5678"):,.2f}', f'{Decimal("0.000012"):e}', f'{Decimal("42"):>8}', f'{Decimal("1.5"):%}')
print(sum([Decimal('0.1')] * 10), Decimal('1.10') + Decimal('2.205'), max(Decimal(1), Decimal('1.0')))
print(Decimal('-7') // Decimal('2'), Decimal('-7') % Decimal('2'), divmod(Decimal(7), Decimal(-2)))
print(Fraction(3, 6), Fraction('1/3') + Fraction(1, 6), Fraction(0.75), Fraction('1.25'), Fraction(Decimal('0.5')))
print(Fraction(1, 3) * 3 == 1, Fraction(7, 2) // 1, Fraction(-7, 2) % 2, Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2))
print(Fraction(355, 113).limit_denominator(10), Fraction(3.14159).limit_denominator(1000), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(repr(Fraction(1, -2)), str(Fraction(4, 1)), float(Fraction(1, 8)), int(Fraction(-7, 2)), Fraction(1, 2).as_integer_ratio())
print(Fraction(1, 2) < 0.6, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(1, 3).numerator, Fraction(1, 3).denominator)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction('x/y')
except ValueError as e:
    print('ValueError', e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print('TypeError', e)
print(sum(Fraction(1, n) for n in range(1, 6)), math_ok := Fraction(1, 3).is_integer() if hasattr(Fraction, 'is_integer') else 'n/a')
