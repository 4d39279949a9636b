# fractions: seeded random operands (Fractions, ints, bools, floats incl. inf/nan/-0.0,
# complex, Decimals) through every arithmetic and comparison operator, and hash,
# rounding, limit_denominator and the conversions of each Fraction met.
import math
import operator
import random
from decimal import Decimal
from fractions import Fraction as F

rnd = random.Random(11)


def operand():
    kind = rnd.randrange(9)
    if kind == 0:
        return rnd.randint(-20, 20)
    if kind == 1:
        return rnd.choice([0.5, -0.25, 1e300, float('inf'), float('nan'), -0.0, 3.7, 1 / 3])
    if kind == 2:
        return complex(rnd.randint(-3, 3), rnd.choice([0, 1, -2]))
    if kind == 3:
        return rnd.choice([True, False])
    if kind == 4:
        return Decimal(rnd.choice(['1.5', '-3', 'NaN', 'Infinity', '0.1']))
    return F(rnd.randint(-30, 30), rnd.choice([1, 2, 3, 7, 12, -5, 10**20 + 1]))


def show(f):
    try:
        r = f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return '%s %r' % (type(r).__name__, r)


OPS = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod,
       divmod, operator.pow, operator.eq, operator.lt, operator.le, operator.gt, operator.ge, operator.ne]
for i in range(700):
    a, b = operand(), operand()
    if not isinstance(a, F) and not isinstance(b, F):
        a = F(rnd.randint(-9, 9), rnd.randint(1, 9))
    if isinstance(a, F) and isinstance(b, F) and rnd.random() < 0.3:
        b = F(rnd.randint(-3, 3))
    op = rnd.choice(OPS)
    print(i, op.__name__, repr(a), repr(b), show(lambda: op(a, b)))
    if isinstance(a, F) and i % 3 == 0:
        print('  ', show(lambda: hash(a)), show(lambda: round(a)), show(lambda: round(a, rnd.randint(-2, 3))),
              show(lambda: a.limit_denominator(rnd.choice([1, 2, 5, 100]))),
              show(lambda: (int(a), math.floor(a), math.ceil(a), float(a), bool(a), str(a))))
