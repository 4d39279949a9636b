# fractions: every constructor form and its errors, mixed arithmetic with int, float,
# complex and Decimal, powers, zero divisions, rounding, hashing, comparisons with
# special floats, limit_denominator, subclasses, copying and the object's memory shape.
import copy
import gc
import math
import pickle
import sys
from decimal import Decimal
from fractions import Fraction as F


def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print('%-34s %s: %s' % (expr, type(e).__name__, e))
    else:
        print('%-34s %s %r' % (expr, type(r).__name__, r))


for e in ['F()', 'F(7)', 'F(-7, 21)', 'F(6, -4)', 'F(0, -3)', 'F(True)', 'F(True, 2)', 'F(F(3, 4))',
          'F(F(1, 2), F(3, 4))', 'F(F(1, 2), 3)', 'F(2.5)', 'F(-0.0)', 'F(0.1)', 'F(1e-320)',
          'F(Decimal("1.25"))', 'F(Decimal("-0"))', 'F(Decimal("1E+3"))', 'F(float("inf"))',
          'F(float("nan"))', 'F(Decimal("NaN"))', 'F(Decimal("-Infinity"))', 'F(1, 0)', 'F(0, 0)',
          'F(1.5, 2)', 'F(1, 2.0)', 'F("1", 2)', 'F(1j)', 'F([1])', 'F(None)', 'F(3, None)',
          'F(numerator=3, denominator=6)', 'F(2**70, 6**30)']:
    show(e)

for s in ['  -3/4\n', '+10', '1_000/3_000', '3.1415', '-.125', '7.', '1e-2', '-2.5E+3', '1_0.2_5e1_0',
          '0/5', '5/0', '1/-2', ' 1 / 2', '1//2', '1.2.3', 'e5', '.e5', '1e', '1__0', '_1', '1_',
          '٣/٤', 'Infinity', 'nan', '0x1A', '', '  ', '1.5/2']:
    show('F(%r)' % s)

for e in ['F.from_float(0.75)', 'F.from_float(5)', 'F.from_float(True)', 'F.from_float("1")',
          'F.from_float(Decimal(1))', 'F.from_float(float("inf"))', 'F.from_decimal(Decimal("3.14"))',
          'F.from_decimal(3)', 'F.from_decimal(0.5)', 'F.from_decimal(Decimal("sNaN"))',
          'F(3, 4).as_integer_ratio()', 'F(-6, 4).as_integer_ratio()']:
    show(e)

a, b = F(3, 4), F(-5, 6)
for e in ['a + b', 'a - b', 'a * b', 'a / b', 'a // b', 'a % b', 'divmod(a, b)', 'b // a', 'b % a',
          'a + 1', '1 - a', '2 * a', '3 / a', '7 // a', '7 % a', 'divmod(7, a)', 'a + True',
          'a + 0.5', '0.5 - a', 'a * 2.0', 'a / 0.25', 'a // 0.5', 'a % 0.5', 'divmod(a, 0.5)',
          'a + 1j', '1j * a', 'a / 2j', 'a // 1j', 'divmod(1j, a)', 'a + Decimal(1)', 'Decimal(1) + a',
          'a + "x"', '"x" * a', 'a / 0', 'a / F(0)', 'b / 0', 'F(0) / 0', '1 / F(0)', 'a // 0',
          'a % 0', 'divmod(a, 0)', 'a / 0.0', '-a', '+a', 'abs(b)', 'a ** 2', 'b ** 3', 'a ** -2',
          'b ** -3', 'a ** 0', 'F(0) ** -1', 'F(0) ** 0', 'a ** F(1, 2)', 'a ** 0.5', 'b ** 0.5',
          'a ** 1j', 'a ** F(4, 2)', '2 ** F(3)', '2 ** F(-3)', '4 ** F(1, 2)', 'F(9) ** F(1, 2)',
          '2.0 ** F(-1)', '(-8) ** F(1, 3)', '1j ** F(2)', 'Decimal(2) ** F(2)', 'pow(a, 2)',
          'pow(a, 2, 5)', 'a ** "x"']:
    show(e)

for e in ['int(b)', 'int(F(7, 2))', 'math.trunc(F(-7, 2))', 'math.floor(F(-7, 2))', 'math.ceil(F(-7, 2))',
          'round(F(5, 2))', 'round(F(7, 2))', 'round(F(-5, 2))', 'round(F(-7, 2))', 'round(F(1, 3), 2)',
          'round(F(12345, 7), -2)', 'round(F(25, 1), -1)', 'round(F(35, 1), -1)', 'round(F(1, 3), 0)',
          'round(F(5, 2), None)', 'float(F(1, 3))', 'complex(F(1, 4))', 'bool(F(0))', 'bool(F(-1, 9))',
          'str(F(-4, 2))', 'str(F(2, -6))', 'repr(F(2, -6))', 'F(1, 3).real', 'F(1, 3).imag',
          'F(1, 3).conjugate()', 'F(5, 3).numerator', 'F(5, 3).denominator']:
    show(e)

for e in ['F(1, 2) == 0.5', 'F(1, 3) == 1/3', 'F(1, 2) == 0.5 + 0j', 'F(1, 2) == 0.5 + 1j', 'F(2) == 2',
          'F(1, 2) == Decimal("0.5")', 'F(1) < 2', 'F(1) < 1.5', 'F(1) < float("inf")', 'F(1) > float("-inf")',
          'F(1) < float("nan")', 'F(1) == float("nan")', 'F(1) != float("nan")', 'F(1) >= float("nan")',
          'F(1, 2) <= F(2, 4)', 'F(1, 3) > 0.333', 'F(1) < 1j', 'F(1) < "x"', 'F(1) == "1"',
          'sorted([F(1, 2), 0.25, 1, F(-1, 3)])', 'max(F(7, 3), 2.3)']:
    show(e)

for f in [F(1, 2), F(-1, 2), F(5), F(-1), F(10**30, 7), F(1, 2**61 - 1), F(-3, 2**61 - 1), F(2**61, 3),
          F(0.1), F(-7, 3)]:
    print(hash(f), hash(f) == hash(float(f)) if f.denominator % (2**61 - 1) else '')
print(hash(F(1, 2)) == hash(0.5) == hash(Decimal('0.5')), {F(1, 2): 'x'}[0.5])

pi = F('3.141592653589793')
for n in [1, 2, 7, 8, 57, 106, 113, 1000, 10**6, 10**20]:
    print(n, pi.limit_denominator(n), F(-355, 113).limit_denominator(n))
for e in ['F(1, 3).limit_denominator(0)', 'F(1, 3).limit_denominator(-1)', 'F(1, 3).limit_denominator(3)',
          'F(3, 7).limit_denominator(5)', 'F(1, 4).limit_denominator(2)', 'F(3, 8).limit_denominator(4)',
          'F(5).limit_denominator(1)']:
    show(e)


class Sub(F):
    pass


s = Sub(3, 9)
print(repr(s), type(s + 1).__name__, type(-s).__name__, type(+s).__name__, type(abs(s)).__name__,
      type(s ** 2).__name__, type(round(s, 1)).__name__, type(s.limit_denominator(2)).__name__)
print(type(Sub.from_float(0.5)).__name__, type(Sub.from_decimal(Decimal('0.5'))).__name__)
print(copy.copy(s) is s, copy.copy(F(1, 3)) == F(1, 3), type(copy.deepcopy(s)).__name__)
x = F(2, 3)
print(copy.copy(x) is x, copy.deepcopy(x) is x, pickle.loads(pickle.dumps(x)) == x, x.__reduce__())
print(sys.getsizeof(x), gc.is_tracked(x), hasattr(x, '__dict__'), F.__slots__)
try:
    x.numerator = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    x.other = 5
except AttributeError as e:
    print('AttributeError', e)
print(F.__name__, F.__module__, F.__mro__[1].__name__, isinstance(x, __import__('numbers').Rational))
