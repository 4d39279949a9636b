# Statistics of exam results, exact arithmetic with fractions
import statistics as st
from fractions import Fraction

scores = [72, 85, 91, 64, 85, 77, 99, 58, 85, 70]
print(st.mean(scores), st.fmean(scores), st.median(scores), st.mode(scores))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4]))
print(round(st.stdev(scores), 6), round(st.pstdev(scores), 6))
print(round(st.variance(scores), 6), st.pvariance([1, 2, 3, 4]))
print(st.quantiles(scores, n=4), st.quantiles(scores, n=4, method="inclusive"))
print(st.multimode("aabbbccccdddd"), st.harmonic_mean([40, 60]), round(st.geometric_mean([1, 2, 4, 8]), 9))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 9), st.covariance(x, y), st.linear_regression(x, y))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev)
print(round(nd.pdf(100), 8), nd + 5, nd * 2)
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)

a = Fraction(3, 4)
b = Fraction("2/3")
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(Fraction(-1, 3)))
print(repr(a), str(Fraction(6, 3)), Fraction(0.1), Fraction("0.125"), Fraction(1.5).limit_denominator())
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(10, -4), Fraction(5).denominator)
print(a.numerator, a.denominator, a.as_integer_ratio(), float(a), int(Fraction(7, 2)), round(Fraction(7, 2)))
print(round(Fraction(22, 7), 2), Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
print(sum(Fraction(1, n) for n in range(1, 7)), Fraction(1, 3) + 1, 2 * Fraction(1, 3), Fraction(1, 4) + 0.25)
print(Fraction(7, 3) // 1, Fraction(7, 3) % 1, divmod(Fraction(7, 3), Fraction(1, 2)))
print(f"{Fraction(1, 3)!s:>6}", Fraction.from_decimal(__import__("decimal").Decimal("1.25")))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("one half")
except ValueError as e:
    print("ValueError:", e)
