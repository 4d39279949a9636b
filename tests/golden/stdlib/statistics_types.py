# statistics: result types and exactness for ints, bools, floats, Fractions, Decimals,
# iterators and generators; every error message of the averages and spreads.
import statistics as S
from decimal import Decimal as D, localcontext
from fractions import Fraction as F


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)


inf = float('inf')
cases = {
    'bools': [True, True],
    'bool_mix': [True, False],
    'dec': [D('1.5'), D('2.25'), D(4)],
    'dec_same': [D(1), D(1)],
    'dec_inf': [D('Infinity'), D(1)],
    'dec_nan': [D('NaN')],
    'frac_int': [F(1, 3), 2, True],
    'float_frac': [F(1, 3), 0.5],
    'big_float': [1e308, 1e308],
    'tiny': [5e-324, 1e-323],
    'infs': [inf, inf],
}
for name, data in cases.items():
    for fn in ('mean', 'fmean', 'variance', 'pvariance', 'stdev', 'pstdev', 'median',
               'harmonic_mean', 'geometric_mean'):
        show(name + ' ' + fn, getattr(S, fn), data)
    show(name + ' mean(gen)', S.mean, (x for x in data))
    show(name + ' pvariance(iter)', S.pvariance, iter(data))

with localcontext() as ctx:
    ctx.prec = 6
    show('dec prec6 mean', S.mean, [D(1), D(2), D(2)])
    show('dec prec6 stdev', S.stdev, [D(1), D(2), D(4)])
    show('dec prec6 pstdev', S.pstdev, [D('0.1'), D('0.2')])
show('stdev dec xbar', S.stdev, [1, 2, 3, 4], D(2))
show('variance frac xbar', S.variance, [1, 2], F(3, 2))
show('variance float xbar', S.variance, [1, 2, 3], 2.0)
show('pvariance mu', S.pvariance, [F(1, 2), F(3, 4)], mu=0.5)
show('stdev xbar inf', S.stdev, [1.0, 2.0], xbar=inf)
show('stdev with inf', S.stdev, [1.0, inf, 3.0])
show('stdev dec inf', S.stdev, [D('inf'), D(1)])
show('harmonic dec', S.harmonic_mean, [D(2), D(3)])
show('harmonic frac int', S.harmonic_mean, [F(2), 3])
show('harmonic inf', S.harmonic_mean, [2.0, inf])
show('harmonic bools', S.harmonic_mean, [True, True])
show('harmonic weights iter', S.harmonic_mean, [1, 2], weights=iter([1, 1]))
show('harmonic one dec', S.harmonic_mean, [D(1)])
show('harmonic one neg dec', S.harmonic_mean, [D(-1)])
show('harmonic neg', S.harmonic_mean, [-1, 2])
show('harmonic neg weight float', S.harmonic_mean, [1.5, 2.5], [1, -0.5])
show('fmean dec', S.fmean, [D(1), D(2)])
show('fmean gen weights gen', S.fmean, (x for x in [1, 2, 3]), (w for w in [3, 2, 1]))
show('fmean data short', S.fmean, (x for x in [1, 2]), [1, 2, 3])
show('fmean weights short', S.fmean, [1, 2, 3], iter([1]))
show('geometric iter empty', S.geometric_mean, iter([]))
show('geometric inf', S.geometric_mean, [inf])
show('geometric str', S.geometric_mean, ['a'])
show('median_grouped one', S.median_grouped, [1])
show('median_grouped dec', S.median_grouped, [D(1), D(2)])
show('median_grouped frac', S.median_grouped, [F(1), F(2), F(2)], F(1, 3))
show('median_grouped strs int', S.median_grouped, ['1', '2'], 1)
show('median_grouped runs', S.median_grouped, [1, 1, 2, 2, 2, 2, 3, 3, 9], 3)
show('median_grouped empty', S.median_grouped, [])
show('median_low empty', S.median_low, iter([]))
show('median_high empty', S.median_high, ())
show('median strs', S.median, ['b', 'a', 'c'])
show('median_low strs', S.median_low, ['b', 'a', 'd', 'c'])
show('median_high strs', S.median_high, ['b', 'a', 'd', 'c'])
show('mean str', S.mean, 'ab')
show('mean mixed str', S.mean, [1, 'a'])
show('mean list', S.mean, [[1]])
show('mean empty gen', S.mean, (x for x in []))
show('variance one', S.variance, [1])
show('stdev one', S.stdev, [1])
show('pvariance empty', S.pvariance, [])
show('pstdev empty', S.pstdev, iter(()))
show('variance none', S.variance, None)
show('mode iter', S.mode, iter('abcab'))
show('mode empty', S.mode, [])
show('mode dict', S.mode, {'x': 1, 'y': 2})
show('multimode empty', S.multimode, '')
show('multimode all', S.multimode, [3, 2, 1])
show('multimode unhashable', S.multimode, [[1]])
show('quantiles str n', S.quantiles, [1, 2, 3], n='x')
show('quantiles n 1', S.quantiles, [1, 2, 3], n=1)
show('quantiles dec', S.quantiles, [D(1), D(2), D(5)], n=3)
show('quantiles frac inclusive', S.quantiles, [F(1, 3), F(2, 3), 1], n=4, method='inclusive')
show('quantiles gen', S.quantiles, (x * x for x in range(9)), n=5)
show('quantiles keyword data', S.quantiles, data=[1, 2])
print(S.__all__)
print(S.StatisticsError.__mro__[1:], S.StatisticsError('x').args)
