import statistics as st
from fractions import Fraction
from decimal import Decimal

scores = [88, 92, 79, 93, 85, 92, 70, 92, 61, 85]
print(st.mean(scores), st.fmean(scores), st.median(scores), st.median_low(scores), st.median_high(scores))
print(st.mode(scores), st.multimode(scores), st.multimode("aabbbccdd" * 1 + "cc"))
print(round(st.stdev(scores), 6), round(st.pstdev(scores), 6), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
print(st.variance([Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)]))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([54, 24, 36]), 9))
print(st.quantiles(range(1, 11), n=4), st.quantiles(range(1, 11), n=4, method="inclusive"))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=1))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 10), st.covariance(x, y))
lr = st.linear_regression(x, y)
print(lr, round(lr.slope, 6), round(lr.intercept, 6))
print(st.linear_regression(x, y, proportional=True))
nd = st.NormalDist(mu=100, sigma=15)
print(nd, nd.mean, nd.stdev, nd.variance)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), round(nd.pdf(100), 8))
print(nd + 10, nd * 2, nd - st.NormalDist(5, 20))
print(round(st.NormalDist(0, 1).overlap(st.NormalDist(1, 1)), 6))
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]))
print([round(q, 3) for q in nd.quantiles(4)])
print(round(nd.zscore(115), 3))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.harmonic_mean([-1]),
            lambda: st.quantiles([1], n=4), lambda: st.correlation([1, 1], [1, 2]), lambda: st.NormalDist(0, -1),
            lambda: st.geometric_mean([0, 1]), lambda: st.linear_regression([1], [2])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(st.mean([True, False, True]), st.median([3, 1, 2]), st.mode(["red", "blue", "red"]))
print(st.fmean([1, 2, 3], weights=[3, 1, 1]) if hasattr(st, "fmean") else None)
