import statistics as s
from fractions import Fraction as F
from decimal import Decimal as D
print(s.mean([1, 2, 3, 4]), s.mean([1.5, 2.5]), s.mean([F(1, 2), F(1, 3)]), s.mean([D('0.1'), D('0.2'), D('0.3')]), s.mean([True, False]), s.mean(iter([1, 2])))
print(s.fmean([1, 2, 3], weights=[3, 2, 1]) if hasattr(s, 'fmean') else '', s.geometric_mean([2, 8]), s.harmonic_mean([1, 2, 4], weights=[1, 1, 2]), s.harmonic_mean([0, 5]))
print(s.median([]) if False else '', s.median([5]), s.median([3, 1]), s.median(['b', 'a', 'c']), s.median_low(['b', 'a']), s.median_high(['b', 'a']))
print(s.median_grouped([52, 52, 53, 54]), s.median_grouped([1, 3, 3, 5, 7], interval=2), s.median_grouped([1]))
print(s.mode([1, 1, 2, 2]), s.mode(['red', 'blue', 'blue']), s.multimode([1, 1, 2, 2, 3]), s.multimode('aabbbbccddddeeffffgg'))
print(s.pvariance([1, 2, 3], mu=2), s.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], xbar=1.607142857142857), s.stdev([F(1), F(2), F(3)]), s.pstdev([D(1), D(2)]))
print(s.variance([1, 1, 1]), s.stdev([1.5, 1.5]), s.pvariance([5]), s.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10, method='inclusive'), s.quantiles([1.5, 2.5], n=2))
print(s.covariance([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]), s.correlation([1, 2, 3], [1, 2, 3.5]))
lr = s.linear_regression([1, 2, 3, 4], [3, 5, 7, 9.5]); print(lr, lr.slope, lr.intercept, s.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for bad in [lambda: s.correlation([1, 1], [1, 2]), lambda: s.covariance([1], [1]), lambda: s.linear_regression([1, 1], [1, 2]), lambda: s.correlation([1, 2], [1]), lambda: s.geometric_mean([0, 1]), lambda: s.geometric_mean([-1]), lambda: s.fmean([]), lambda: s.variance([]), lambda: s.quantiles([1], n=4) if False else s.quantiles([], n=4), lambda: s.median_grouped([]), lambda: s.mean(['1'])]:
    try:
        print(bad())
    except (s.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
N = s.NormalDist
a, b = N(2.4, 1.6), N(3.2, 2.0)
print(a.mean, a.median, a.mode, a.stdev, a.variance, a.overlap(b), a.cdf(3), a.inv_cdf(0.975), a.pdf(2.4), a.zscore(4))
print(a + b, a - b, a * 3, a / 2, -a, a + 1, 5 - a, a == N(2.4, 1.6), hash(N(0, 1)) == hash(N(0, 1)) if False else '', repr(N()))
print(N(0, 1).quantiles(), N.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), [round(x, 4) for x in N(10, 2).samples(3, seed=42)])
try:
    N(0, 1).inv_cdf(1.5)
except s.StatisticsError as e:
    print('StatisticsError', e)
try:
    N(0, 0).pdf(1)
except s.StatisticsError as e:
    print('StatisticsError', e)
try:
    N(1, 1).overlap(5)
except TypeError as e:
    print('TypeError', e)
