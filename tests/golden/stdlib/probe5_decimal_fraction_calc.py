from fractions import Fraction as F
from decimal import Decimal as D
import math
def harmonic(n): return sum(F(1, k) for k in range(1, n + 1))
print([str(harmonic(n)) for n in range(1, 8)])
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(F(1, d)); fr -= F(1, d)
    return out
print(egyptian(F(4, 13)), sum(egyptian(F(4, 13))))
def cont_frac(x, n=8):
    out = []
    for _ in range(n):
        a = math.floor(x); out.append(a)
        if x == a: break
        x = 1 / (x - a)
    return out
print(cont_frac(F(415, 93)), cont_frac(F(math.pi).limit_denominator(10 ** 6)))
print(F(math.pi).limit_denominator(100), F(math.e).limit_denominator(1000), F('3.1415926535').limit_denominator(50000))
print(F(1, 3) + D('0.5') if False else 'mix', F(1, 2) + 0.25, F(1, 2) + 1, 1 - F(1, 3), F(2) / 4, -F(3, 4), abs(F(-3, 4)), F(7, 3).__floor__(), math.ceil(F(7, 3)), math.floor(F(-7, 3)))
try:
    F(1, 2) + D('0.5')
except TypeError as e:
    print('TypeError', e)
print(F(10, 4) == F(5, 2), F(1, 3) < F(1, 2) < 1, F(0) == 0, bool(F(0)), F(1, 3) ** -2, F(-8, 27) ** F(1, 3) if False else '', F(4) ** 0.5)
print(f'{F(1, 3):.5f}' if hasattr(F, '__format__') and F.__format__ is not object.__format__ else float(F(1, 3)), round(F(1, 3), 4), str(round(F(25, 10))), F(1, 3).__round__(2))
print(sorted([F(1, 2), 0.3, 1, F(1, 3), D('0.4')], key=float), F('  -7/3 '), F('1e3'), F('-.5'), F(3, -9))
for bad in ['1/0', '1.2/3', '', 'abc', '1 /2']:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(bad), type(e).__name__, e)
print(D(F(1, 4).numerator) / D(F(1, 4).denominator), F(D('1.1')), F(2.5), F(-0.0), F(1e-5))
