# weakref.proxy forwards every number slot: binary operators in both directions, pow with
# a modulus, unary ~, and the in-place operators (which return what the referent's
# operator returned, not a proxy). A dead proxy raises ReferenceError for each.
# (difftest: wr_proxy_numeric)
import weakref


class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'N(%d)' % self.v

    def __index__(self):
        return self.v

    def __matmul__(self, other):
        return ('matmul', other)

    def __rmatmul__(self, other):
        return ('rmatmul', other)

    def __iadd__(self, other):
        self.v += other
        return self

    def __ilshift__(self, other):
        return 'ilshift'


for name in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'and', 'or', 'xor',
             'lshift', 'rshift', 'divmod'):
    setattr(N, '__%s__' % name,
            (lambda nm: lambda self, other, *m: getattr(int, '__%s__' % nm)(self.v, int(other), *m))(name))
for name in ('radd', 'rsub', 'rmul', 'rpow', 'rand', 'ror', 'rxor', 'rlshift', 'rrshift',
             'rtruediv', 'rfloordiv', 'rmod', 'rdivmod'):
    setattr(N, '__%s__' % name, (lambda nm: lambda self, other: getattr(int, '__%s__' % nm)(self.v, other))(name))
for name in ('neg', 'pos', 'abs', 'invert'):
    setattr(N, '__%s__' % name, (lambda nm: lambda self: getattr(int, '__%s__' % nm)(self.v))(name))

o = N(6)
p = weakref.proxy(o)
ops = [lambda: p + 2, lambda: 2 + p, lambda: p - 1, lambda: 10 - p, lambda: p * 3,
       lambda: 3 * p, lambda: p / 4, lambda: 12 / p, lambda: p // 4, lambda: 13 // p,
       lambda: p % 4, lambda: 13 % p, lambda: divmod(p, 4), lambda: divmod(20, p),
       lambda: p ** 2, lambda: 2 ** p, lambda: pow(p, 2, 5), lambda: p & 3, lambda: 3 & p,
       lambda: p | 1, lambda: 1 | p, lambda: p ^ 3, lambda: 3 ^ p, lambda: p << 1,
       lambda: 1 << p, lambda: p >> 1, lambda: 256 >> p, lambda: p @ 2, lambda: 2 @ p,
       lambda: -p, lambda: +p, lambda: abs(p), lambda: ~p, lambda: [0, 1, 2, 3, 4, 5, 6][p],
       lambda: round(p), lambda: p @ p]
for op in ops:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)

for stmt in ['q += 1', 'q <<= 2', 'q -= 1', 'q *= 2', 'q |= 1', 'q @= 3', 'q **= 2',
             'q //= 2', 'q %= 4', 'q ^= 1', 'q &= 7', 'q >>= 1', 'q /= 2']:
    ns = {'q': p}
    exec(stmt, ns)
    print(stmt, type(ns['q']).__name__, ns['q'] is p, ns['q'] is o, o)

lst = [3, 1, 2]


class L(list):
    pass


lo = L(lst)
lp = weakref.proxy(lo)
print(list(reversed(lp)), len(lp))
lp += [9]
print(type(lp).__name__, lo)

del o
for op in ops[:6] + ops[28:34]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
try:
    p += 1
except Exception as e:
    print(type(e).__name__, e)
