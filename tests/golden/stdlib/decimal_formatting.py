# __format__: fixed, exponent, general and percent types, grouping, width and fill.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_UP

values = ['0', '-0', '1234567.891', '-1234.5', '0.000123456', '1E+100', '5', '2.5',
          '0.125', '999.9996', '-0.004', 'NaN', '-Infinity', '1.23456789E-10']
specs = ['', '.2f', '.0f', 'f', ',', ',.2f', '.1%', '%', 'e', '.3e', 'E', '.0e', 'g', '.3g',
         '.10g', 'G', 'n', '>12', '<12', '^12', '*^14.1f', '=+12.2f', '012.2f', '012,.2f',
         '+', ' .2f', 'z.2f', '08,', '020,.3f']
for v in values:
    d = Decimal(v)
    print(v, ' | '.join(repr(format(d, s)) for s in specs))

print(f"{Decimal('3.14159'):.2f} {Decimal('1234.5'):,} {Decimal('0.256'):.1%} {Decimal('12345.678'):e}")
print('{:>10}|{:<10}|{:^10.3}'.format(Decimal('1.5'), Decimal('-2'), Decimal('3.14159')))
print('%s %r' % (Decimal('1.10'), Decimal('1.10')))

# formatting rounds with the context's rounding
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal('1.29'), '.1f'), format(Decimal('1.99'), '.0e'))
with localcontext(rounding=ROUND_UP):
    print(format(Decimal('1.21'), '.1f'), format(Decimal('1.01'), '.1g'))
with localcontext(capitals=0):
    print(format(Decimal('1E+7')), format(Decimal('1E+7'), 'g'), format(Decimal('1E+7'), 'G'))

for bad in ['_', '#.2f', '.2x', '<010', ',n', '.f', 'ff', '10.3q']:
    try:
        print(repr(format(Decimal('1.5'), bad)))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
