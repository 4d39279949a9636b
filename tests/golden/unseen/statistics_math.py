import statistics as st
import math

data = [2.5, 3.1, 4.7, 1.2, 3.3, 5.9, 2.8]
print(st.mean(data), st.median(data), st.mode([1, 2, 2, 3]))
print(round(st.stdev(data), 6), round(st.pstdev(data), 6), round(st.variance(data), 6))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]))
print(st.multimode("aabbbccccdddd"), st.quantiles(range(1, 101), n=4))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]))
print(st.fmean([1, 2, 3, 4]), st.mean([1, 2, 3, 4]))
from fractions import Fraction
print(st.mean([Fraction(1, 3), Fraction(2, 3)]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 6))
print(st.linear_regression([1, 2, 3, 4], [2, 4, 6, 8]))
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 6), round(nd.inv_cdf(0.5), 6), nd)
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2, math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(1), math.log1p(0))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.degrees(math.pi), math.radians(180))
print(math.sin(math.pi / 2), math.cos(0), round(math.tan(math.pi / 4), 10), math.atan2(1, 1))
print(math.isqrt(99), math.prod([1, 2, 3, 4]), math.copysign(3, -0.0), math.fmod(7, -3), 7 % -3)
print(math.isnan(float("nan")), math.isinf(1e400), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(divmod(17, 5), divmod(-17, 5), pow(3, 4, 5), pow(2, -1, 7), abs(-3.5), 2 ** 100)
print(1e16, 1e15, 123456789.123456789, 1/3, 2/3, 1e-5, 0.0001, float("1e22"), 3.0 * 1.1)
