# Decimal construction: strings, ints, floats, tuples, other Decimals; str/repr/as_tuple.
from decimal import Decimal, getcontext, InvalidOperation, DecimalTuple


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


for s in ['0', '-0', '1.50', '  1.50  ', '\t-7\n', '1E+3', '1e3', '1.23E-8', '123E+5', '-1E-7',
          '0.000001', '1e-6', '1.5e-7', '0E+2', '-0E-9', '0.000', '.5', '5.', '+12',
          '1_000.25', '1__0', '12345678901234567890123456789012345',
          'NaN', '-nan', 'NaN123', 'nan0012', 'sNaN', '-sNaN7', 'Inf', 'Infinity', '-infinity',
          '\u0661\u0662', '\u00a01\u2003']:
    show('Decimal(%r)' % s, lambda: Decimal(s))

for s in ['abc', '', ' ', '1 2', '1e', 'e5', '.', '+-1', '1.2.3', 'Infinit', 'NaNx', '0x10']:
    show('Decimal(%r)' % s, lambda: Decimal(s))

for n in [0, 1, -1, 10**30, -2**64, True]:
    show('Decimal(%r)' % n, lambda: Decimal(n))

for f in [0.1, 0.5, -0.0, 1e20, 1.1, 2.5e-5, float('inf'), float('-inf'), float('nan')]:
    show('Decimal(%r)' % f, lambda: Decimal(f))
print(Decimal(0.1) == Decimal('0.1000000000000000055511151231257827021181583404541015625'))
show('from_float(0.1)', lambda: Decimal.from_float(0.1))
show('from_float(5)', lambda: Decimal.from_float(5))
show("from_float('1')", lambda: Decimal.from_float('1'))

for t in [(0, (1, 2), 3), (1, (4, 2), -2), (0, (), 0), (0, (0,), 5), (0, [1, 5], -1),
          (0, (), 'F'), (1, (), 'n'), (0, (4, 2), 'N'), (2, (1,), 0), (0, (1, 12), 0),
          (0, (1,), 1.5), (0, '12', 0), (0, (1,)), [1, (7,), 0], (0, (1,), 'x')]:
    show('Decimal(%r)' % (t,), lambda: Decimal(t))

d = Decimal('3.14')
print(Decimal(d) is d, Decimal(d) == d)
for bad in [None, b'1', 1j, [1, 2], object]:
    show('Decimal(%r)' % (bad,), lambda: Decimal(bad))
show("Decimal('1', 5)", lambda: Decimal('1', 5))

for s in ['1.50', '-0.00', '1E+3', '123.456E-10', 'NaN42', '-Infinity', 'sNaN']:
    d = Decimal(s)
    print(s, str(d), d.to_eng_string(), d.as_tuple(), d.adjusted())
print(Decimal('1.5').as_tuple() == DecimalTuple(sign=0, digits=(1, 5), exponent=-1))
print(Decimal('-1.250').as_integer_ratio(), Decimal('1E+3').as_integer_ratio(), Decimal(0).as_integer_ratio())
show("as_integer_ratio(NaN)", lambda: Decimal('NaN').as_integer_ratio())
show("as_integer_ratio(Inf)", lambda: Decimal('Inf').as_integer_ratio())

# to-sci-string's switch between plain and exponential notation
for e in range(-9, 4):
    print(e, str(Decimal((0, (1, 2, 3), e))), str(Decimal((1, (0,), e))), Decimal((0, (4, 5), e)).to_eng_string())
getcontext().capitals = 0
print(str(Decimal('1E+5')), repr(Decimal('1.5e-9')))

getcontext().traps[InvalidOperation] = False
print(repr(Decimal('garbage')), getcontext().flags[InvalidOperation])
