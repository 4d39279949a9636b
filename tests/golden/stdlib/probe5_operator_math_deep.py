import operator as op, math
from operator import itemgetter, attrgetter, methodcaller
rows = [{'n': 'b', 'a': 2}, {'n': 'a', 'a': 2}, {'n': 'c', 'a': 1}]
print(sorted(rows, key=itemgetter('a', 'n')), itemgetter(1)('xyz'), itemgetter(slice(1, None))('xyz'), repr(itemgetter(1, 'k')))
class P:
    def __init__(self, n, c=None): self.name = n; self.child = c
    def greet(self, g, punct='!'): return g + ' ' + self.name + punct
print(attrgetter('child.name')(P('a', P('b'))), attrgetter('name', 'child')(P('q')), repr(attrgetter('a.b', 'c')))
print(methodcaller('greet', 'hi', punct='?')(P('z')), repr(methodcaller('f', 1, k=2)))
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10), op.neg(5), op.pos(-1), op.abs(-3), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1), op.ge(3, 4), op.gt(4, 3), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1), op.concat([1], [2]), op.length_hint(iter(range(7))), op.index(5))
x = [1]; print(op.iadd(x, [2]), x, op.iconcat(x, [3]), op.imul(2, 3), op.matmul.__name__, op.call(max, 1, 5))
try:
    op.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    op.indexOf([1], 5)
except ValueError as e:
    print('ValueError', e)
try:
    itemgetter()
except TypeError as e:
    print('TypeError', e)
try:
    attrgetter(1)
except TypeError as e:
    print('TypeError', e)
print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt(2), math.isqrt(99), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(1, -0.0), math.fmod(-7, 3))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.exp(1), math.expm1(1e-10), math.pow(2, 0.5))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.hypot(3, 4), math.hypot(1, 2, 2), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.nextafter(1, 2), math.ulp(1.0), math.exp2(3) if hasattr(math, 'exp2') else 8.0, math.floor(3), math.ceil(2.000001))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.factorial, (-1,)), (math.factorial, (1.5,)), (math.comb, (-1, 2)), (math.exp, (1000,)), (math.acos, (2,)), (math.isqrt, (-4,)), (math.pow, (0, -1)), (math.fmod, (1, 0))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.floor(1e300) == 10 ** 300, math.ceil(float('1e20')), math.trunc(1e20))
try:
    math.floor(math.inf)
except OverflowError as e:
    print('OverflowError', e)
try:
    math.floor(math.nan)
except ValueError as e:
    print('ValueError', e)
