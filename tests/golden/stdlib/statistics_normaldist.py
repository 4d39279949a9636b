# statistics.NormalDist: construction, arithmetic, comparisons, hashing, copying and
# pickling, slots, from_samples on many kinds of data, inv_cdf and quantiles.
import copy
import pickle
import statistics as S
import sys
from decimal import Decimal as D
from fractions import Fraction as F
from statistics import NormalDist as N


def show(label, f, *args):
    try:
        r = f(*args)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)


show('str mu', N, '1', 2)
show('frac args', N, F(1, 3), F(1, 7))
show('dec args', N, D('2.5'), D('0.5'))
show('bool args', N, True, True)
show('neg sigma', N, 1, -1)
show('str sigma', N, 1, 'x')
show('nan sigma', N, 0, float('nan'))
show('keywords', lambda: N(sigma=3, mu=-1))
show('too many', N, 1, 2, 3)
show('from dec', N.from_samples, [D(1), D(3)])
show('from frac', N.from_samples, [F(1, 3), F(2, 3), 1])
show('from gen', N.from_samples, (x / 4 for x in range(10)))
show('from inf', N.from_samples, [1.0, float('inf')])
show('from one', N.from_samples, [1])
show('from strs', N.from_samples, ['a', 'b'])
show('from bools', N.from_samples, [True, False, False])
a, b = N(1, 2), N(3, 4)
show('add', lambda: a + b)
show('sub', lambda: a - b)
show('radd', lambda: 3 + a)
show('rsub', lambda: 3 - a)
show('mul neg', lambda: a * -2)
show('rmul', lambda: 0.5 * a)
show('div', lambda: a / -4)
show('div zero', lambda: a / 0)
show('div dist', lambda: a / b)
show('mul dist', lambda: a * b)
show('pos', lambda: +a)
show('neg', lambda: -a)
show('add str', lambda: a + 'x')
show('rsub dist', lambda: N.__rsub__(a, b))
show('eq', lambda: a == N(1.0, 2.0))
show('ne', lambda: a != b)
show('eq other', lambda: a == 1)
show('lt', lambda: a < b)
show('hash', lambda: hash(a) == hash(N(1.0, 2)))
show('set', lambda: len({a, N(1, 2), b}))
show('props', lambda: (b.mean, b.median, b.mode, b.stdev, b.variance))
show('set prop', lambda: setattr(a, 'mean', 3))
show('new attr', lambda: setattr(a, 'extra', 3))
show('slots', lambda: len(N.__slots__))
show('getstate', a.__getstate__)
show('pickle', lambda: pickle.loads(pickle.dumps(b)))
show('pickle protocol 0', lambda: pickle.loads(pickle.dumps(b, 0)))
show('copy', lambda: copy.copy(b))
show('deepcopy', lambda: copy.deepcopy([b, b]))
c = copy.copy(b)
c.__setstate__((7.0, 8.0))
show('setstate', lambda: c)
show('inv_cdf', lambda: [N(10, 2).inv_cdf(p) for p in (1e-300, 0.01, 0.3, 0.5, 0.7, 0.999, 1 - 2 ** -53)])
show('inv_cdf 0', N().inv_cdf, 0)
show('inv_cdf neg', N().inv_cdf, -0.5)
show('inv_cdf zero sigma', N(1, 0).inv_cdf, 0.5)
show('quantiles 0', N(1, 2).quantiles, 0)
show('quantiles 2', N(1, 2).quantiles, 2)
show('quantiles 7', N(-3, 0.5).quantiles, 7)
show('pdf', lambda: [N(2, 3).pdf(x) for x in (-1e3, -2, 0, 2, 2.5, 40)])
show('pdf zero', N(1, 0).pdf, 1)
show('zscore', lambda: [N(2, 4).zscore(x) for x in (0, 2, F(1, 2), True)])
show('zscore zero', N(1, 0).zscore, 1)
show('cdf zero', N(1, 0).cdf, 1)
show('cdf far', lambda: [N().cdf(x) for x in (-40.0, 0.0, 40.0)])
show('overlap self', lambda: a.overlap(a))
show('overlap type', a.overlap, 3)
show('overlap zero', lambda: N(1, 0).overlap(N()))
show('samples', lambda: N(5, 2).samples(3, seed=7))
show('samples str seed', lambda: N().samples(2, seed='abc'))
show('samples zero', lambda: N().samples(0, seed=1))
show('samples positional seed', lambda: N().samples(2, 1))
print(repr(N()), str(N(0.1, 0.2)))
print(sys.getsizeof(N()) == sys.getsizeof(N(1, 2)))


class Shifted(N):
    pass


s = Shifted(1, 1)
print(repr(s), repr(s + 1), type(s * 2).__name__, s == N(1, 1))
print(S.NormalDist.mean.__doc__ is not None)
