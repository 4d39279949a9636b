import statistics as st
import random
data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean(data), st.fmean(data), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode('aabbbc'), st.multimode('aabbcc'), st.multimode(''))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.quantiles(range(1, 11), n=4), st.quantiles([1, 2, 3, 4, 5], n=3, method='inclusive'))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 7]))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal('1.1'), Decimal('2.2')]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
for f, a in [(st.mean, []), (st.median, []), (st.stdev, [1]), (st.variance, [5]), (st.mode, []), (st.harmonic_mean, [-1])]:
    try:
        f(a)
    except st.StatisticsError as e:
        print(f.__name__, 'StatisticsError', e)
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.5), nd.pdf(100), nd.overlap(st.NormalDist(110, 15)), nd.zscore(130), nd + 5, nd * 2)
print(st.NormalDist.from_samples([1, 2, 3, 4]), nd.quantiles(4))
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice('abcdef'))
print(random.choices(range(10), k=5), random.choices('abc', weights=[1, 0, 5], k=4), random.choices('xy', cum_weights=[1, 3], k=3))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(['a', 'b', 'c'], counts=[2, 1, 1], k=3))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2, 1), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 1.5), random.getrandbits(70), random.randbytes(5))
r = random.Random(7); s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), random.Random('seed').random(), random.Random(b'x').randint(0, 9))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0), lambda: random.choices('ab', weights=[1])]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
