import statistics as st, decimal, fractions, math, random
from decimal import Decimal as D, Context, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_05UP, Inexact, Rounded
from fractions import Fraction as F
grades = [88, 92, 79, 93, 85, 92, 70]
print(st.mean(grades), st.median(grades), st.mode(grades), st.stdev(grades), st.pvariance(grades), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.quantiles(grades, n=10), st.quantiles(grades, method="inclusive"), st.covariance([1, 2, 3], [3, 2, 1]))
nd = st.NormalDist(mu=100, sigma=15); print(nd, nd.pdf(100), round(nd.cdf(130), 6), nd.inv_cdf(0.5), nd.mean, nd.variance, nd * 2, nd + 5, round(nd.zscore(115), 3))
print(st.NormalDist.from_samples([1, 2, 3, 4]), [round(x, 4) for x in st.NormalDist(0, 1).quantiles(4)])
try:
    st.mode([])
except st.StatisticsError as e:
    print(e)
try:
    st.variance([1])
except st.StatisticsError as e:
    print(e)
try:
    st.harmonic_mean([-1])
except st.StatisticsError as e:
    print(e)
print(st.mean([1, 2.5]), type(st.mean([1, 2])).__name__, st.median([F(1, 2), F(1, 3)]), st.variance([D("1.5"), D("2.5"), D("3.5")]))
ctx = Context(prec=5, rounding=ROUND_CEILING); print(ctx.divide(D(1), D(3)), ctx.sqrt(D(2)), ctx.power(D(2), D("0.5")), ctx.create_decimal("3.14159265"))
print(D("1.25").quantize(D("0.1")), D("1.35").quantize(D("0.1")), D("1.25").quantize(D("0.1"), rounding=decimal.ROUND_HALF_UP), D("123.456").quantize(D("1e1")), D("-0.5").quantize(D("1"), ROUND_05UP))
print(D(10).ln(), D(100).log10(), D("2").exp(), D("1.0").is_signed(), D("-1.0").copy_abs(), D("1e10").to_eng_string(), D("0.000001").to_eng_string(), D("12345").scaleb(-2), D(1).compare(D(2)), D("1.10").normalize())
print(D("3.7") % D("1.2"), D("-3.7") // D("1.2"), divmod(D("7"), D("2")), D(2) ** 100, D("1.1") + 1, round(D("2.675"), 2), int(D("-3.9")), float(D("0.1")), D((1, (3, 1, 4), -2)))
c = decimal.getcontext(); c.traps[Inexact] = True
try:
    D(1) / D(3)
except Inexact as e:
    print("Inexact", type(e).__mro__[1].__name__)
c.traps[Inexact] = False; c.clear_flags(); D(1) / D(3); print(c.flags[Inexact], c.flags[Rounded])
try:
    D("1.5").quantize(D("1e-30"), context=Context(prec=5))
except decimal.InvalidOperation as e:
    print("InvalidOperation", e)
print(repr(D("NaN")), D("Infinity") > 10**100, D("-0") == 0, D("sNaN").is_snan(), decimal.Decimal.from_float(0.5), D(3).max(D(5)), D("1.23E+5").adjusted())
print(F(1, 3) ** 2, F(2, 3) * 3, F(-7, 3) // 2, F(7, 3) % 1, abs(F(-1, 2)), F(1, 2) < 0.6, F(3, 4).as_integer_ratio(), F.from_float(0.25), F.from_decimal(D("1.75")), math.floor(F(7, 2)), math.ceil(F(7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2))
print(F("1/3") + F("2/3"), F(" -3/4 "), F("1.5e2"), F(1, 3) == 1 / 3, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), F(10, 4).numerator, F(10, 4).denominator, f"{F(1, 3)}", str(F(4, 2)))
for bad in ["1/0", "abc", "1/2/3"]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1.5, 2)
except TypeError as e:
    print(e)
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.gcd(12, 18, 24), math.lcm(4, 6), math.isqrt(99), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.copysign(3, -0.0), math.isclose(1.0, 1.0 + 1e-10), math.dist if False else '', math.log(8, 2), math.log2(1024), math.hypot(3, 4), math.trunc(-2.5), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.nextafter(1.0, 2.0), math.ulp(1.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
print(math.inf, -math.inf, math.nan != math.nan, math.isfinite(math.inf), math.tau, math.e, round(math.pi, 10), math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.sin(0), math.cos(0))
print(f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{42:08b}", f"{255:#x}", f"{3.14159:10.3f}|", f"{'left':<10}|{'right':>10}|{'mid':^10}|", f"{1e20:g}", f"{12345.6789:_.1f}", format(0.5, "%"), f"{-0.0:+.1f}", f"{123:+d}", f"{7:x>4}", round(2.5), round(3.5), round(-0.5), round(1234.5678, -2))
