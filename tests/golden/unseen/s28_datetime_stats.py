# Dates, times and simple statistics
import datetime as dt
import statistics as st
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP

d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.strftime("%A %d %B %Y"))
t = dt.datetime(2024, 3, 10, 14, 30, 5, 123456)
print(t, t.isoformat(), t.isoformat(timespec="minutes"), t.strftime("%Y-%m-%dT%H:%M:%S.%f %j %U %p %I"))
print(repr(t), t.date(), t.time(), t.replace(year=2000), t.timestamp() if t.tzinfo else "naive")
delta = dt.datetime(2024, 12, 25) - t
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta))
print(dt.timedelta(hours=-1), dt.timedelta(days=1, microseconds=-1), abs(dt.timedelta(minutes=-90)), dt.timedelta(weeks=1) / 7)
utc = dt.timezone.utc
aware = dt.datetime(2024, 1, 1, 12, tzinfo=utc)
est = dt.timezone(dt.timedelta(hours=-5), "EST")
print(aware, aware.astimezone(est), aware.tzname(), est.utcoffset(None), repr(est))
print(dt.datetime.fromisoformat("2024-05-06T07:08:09+02:00"), dt.date.fromisoformat("2024-05-06"))
print(dt.datetime.strptime("2024-07-04 09:15", "%Y-%m-%d %H:%M"), dt.date(2024, 1, 1).toordinal())
print(dt.date.fromordinal(738000), dt.datetime.fromtimestamp(0, utc), dt.datetime(2020, 1, 1) < dt.datetime(2021, 1, 1))
print(dt.time(9, 5) < dt.time(10), dt.time(23, 59, 59, 999999), dt.date.max, dt.timedelta.max, dt.MINYEAR)
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    aware - dt.datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
data = [2.5, 3.1, 4.7, 3.1, 5.0, 2.2, 3.1]
print(st.mean(data), st.median(data), st.mode(data), st.multimode([1, 1, 2, 2]))
print(round(st.stdev(data), 6), round(st.pvariance(data), 6), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.quantiles(range(1, 11), n=4), st.fmean([1, 2, 3]), st.geometric_mean([1, 4]), st.harmonic_mean([1, 2, 4]))
print(st.correlation([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 6]))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
nd = st.NormalDist(100, 15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd, nd.mean, nd.stdev)
f = Fraction(3, 4) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("0.125"), Fraction(1.1).limit_denominator(100), Fraction(7, -14))
print(Fraction(1, 3) ** 2, Fraction(2) ** -1, round(Fraction(7, 2)), Fraction(5, 2) // 1, repr(Fraction(1, 2)))
getcontext().prec = 10
print(Decimal(1) / Decimal(3), Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2").sqrt())
print(Decimal("1.50") + Decimal("2.25"), Decimal(0.1), Decimal("1e3").normalize(), Decimal("-0"), Decimal("NaN").is_nan())
