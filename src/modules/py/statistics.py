"""Basic statistics: averages, spread and relations of numeric data, and NormalDist.

Our own implementation of the documented behaviour of CPython 3.11's statistics module.
mean(), the variances and the standard deviations are computed exactly: every value
is turned into its exact ratio of integers, the ratios are summed without rounding,
and only the final result is converted, once, to the type of the data (int data gives
an int where the result is whole and a float otherwise, floats give a float, Fractions
a Fraction, Decimals a Decimal). The other functions use float arithmetic as documented.
"""

import math
import numbers
import random
import sys
from fractions import Fraction
from collections import namedtuple
from bisect import bisect_left, bisect_right
from math import exp, fabs, fsum, log, sqrt, tau


__all__ = [
    "NormalDist",
    "StatisticsError",
    "correlation",
    "covariance",
    "fmean",
    "geometric_mean",
    "harmonic_mean",
    "linear_regression",
    "mean",
    "median",
    "median_grouped",
    "median_high",
    "median_low",
    "mode",
    "multimode",
    "pstdev",
    "pvariance",
    "quantiles",
    "stdev",
    "variance",
]


class StatisticsError(ValueError):
    pass


def _decimal_type():
    """decimal.Decimal, or None while the decimal module is not loaded (when no
    Decimal can be among the data)."""
    module = sys.modules.get("decimal")
    return getattr(module, "Decimal", None) if module is not None else None


def _is_decimal_type(T):
    Decimal = _decimal_type()
    return Decimal is not None and issubclass(T, Decimal)


# ---------------------------------------------------------------------------
# Exact sums


def _ratio(x):
    """The exact (numerator, denominator) of x, or None when x is an infinity or a
    NaN (a float or Decimal without a ratio)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return None
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(
            f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


class _ExactSum:
    """A running exact sum of ratios, kept as one unnormalized num/den pair; the
    non-finite values are summed apart, in their own arithmetic."""

    __slots__ = ("num", "den", "special")

    def __init__(self):
        self.num = 0
        self.den = 1
        self.special = None

    def add(self, n, d):
        den = self.den
        if d == den:
            self.num += n
        else:
            g = math.gcd(den, d)
            self.num = self.num * (d // g) + n * (den // g)
            self.den = den // g * d

    def add_special(self, x):
        self.special = (0 if self.special is None else self.special) + x

    def value(self):
        if self.special is not None:
            return self.special
        return Fraction(self.num, self.den)


def _result_type(types):
    """The type the results over data of these types are given in (TypeError when
    they do not mix)."""
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _coerce(T, S):
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(values):
    """(type, exact sum, count) of the values."""
    types = set()
    total = _ExactSum()
    count = 0
    for x in values:
        types.add(type(x))
        r = _ratio(x)
        count += 1
        if r is None:
            total.add_special(x)
        else:
            total.add(*r)
    if count == 0:
        return int, 0, 0
    return _result_type(types), total.value(), count


def _sum_squares(data, c=None):
    """(type, sum of squared deviations, mean used, count) of the data; deviations
    from `c` (computed in the data's own arithmetic) when it is given, otherwise from
    the exact mean."""
    if c is not None:
        T, ss, count = _sum((d := x - c) * d for x in data)
        return T, ss, c, count
    types = set()
    s1 = _ExactSum()
    s2 = _ExactSum()
    count = 0
    for x in data:
        types.add(type(x))
        r = _ratio(x)
        count += 1
        if r is None:
            s1.add_special(x)
        else:
            n, d = r
            s1.add(n, d)
            s2.add(n * n, d * d)
    if not count:
        return int, Fraction(0), Fraction(0), 0
    if s1.special is not None:
        return _result_type(types), s1.special, s1.special, count
    total = s1.value()
    ss = (count * s2.value() - total * total) / count
    return _result_type(types), ss, total / count, count


def _convert(value, T):
    """The exact result `value` in the data's type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _nonnegative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# Square roots of exact ratios, correctly rounded.

def _sqrt_ratio_float(n, m):
    """sqrt(n/m) as the nearest float."""
    # An integer root of at least 56 bits, its last bit set when inexact (rounding to
    # odd), is rounded once and correctly by the int to float division.
    k = 60 - (n.bit_length() - m.bit_length()) // 2
    if k >= 0:
        scaled = n << (2 * k)
        root = math.isqrt(scaled // m)
        if root * root * m != scaled:
            root |= 1
        return root / (1 << k)
    den = m << (-2 * k)
    root = math.isqrt(n // den)
    if root * root * den != n:
        root |= 1
    return (root << -k) / 1


def _sqrt_ratio_decimal(n, m):
    """sqrt(n/m) as the nearest Decimal in the current context."""
    Decimal = _decimal_type()
    if n <= 0:
        if not n:
            return Decimal("0.0")
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    # A neighbour wins when n/m is beyond the midpoint between it and root.
    up = root.next_plus()
    un, ud = up.as_integer_ratio()
    if 4 * n * (rd * ud) ** 2 > m * (rd * un + ud * rn) ** 2:
        return up
    down = root.next_minus()
    dn, dd = down.as_integer_ratio()
    if 4 * n * (rd * dd) ** 2 < m * (rd * dn + dd * rn) ** 2:
        return down
    return root


def _sqrt_of(ms, T):
    if _is_decimal_type(T):
        return _sqrt_ratio_decimal(ms.numerator, ms.denominator)
    return _sqrt_ratio_float(ms.numerator, ms.denominator)


# ---------------------------------------------------------------------------
# Averages


def mean(data):
    """Return the sample arithmetic mean of data.

    >>> mean([1, 2, 3, 4, 4])
    2.8

    If ``data`` is empty, StatisticsError will be raised.
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean.

    This runs faster than the mean() function and it always returns a float.
    If the input dataset is empty, it raises a StatisticsError.
    """
    try:
        n = len(data)
    except TypeError:
        n = None
        counter = [0]

        def counted(iterable):
            for x in iterable:
                counter[0] += 1
                yield x
        data = counted(data)
    if weights is None:
        total = fsum(data)
        if n is None:
            n = counter[0]
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n is None:
        n = counter[0]
    if n != num_weights:
        raise StatisticsError("data and weights must be the same length")
    den = fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean.

    Raises a StatisticsError if the input dataset is empty,
    if it contains a zero, or if it contains a negative value.
    """
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data.

    The harmonic mean is the reciprocal of the arithmetic mean of the
    reciprocals of the data.

    If ``data`` is empty, or any element is less than zero,
    ``harmonic_mean`` will raise ``StatisticsError``.
    """
    if iter(data) is data:
        data = list(data)
    message = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        Decimal = _decimal_type()
        if isinstance(x, numbers.Real) or (Decimal is not None and isinstance(x, Decimal)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = _sum(_nonnegative(weights, message))[1]
    try:
        T, total, count = _sum(w / x if w else 0
                               for w, x in zip(weights, _nonnegative(data, message)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    """Return the median (middle value) of numeric data.

    When the number of data points is odd, return the middle data point.
    When the number of data points is even, the median is interpolated by
    taking the average of the two middle values.
    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """Return the low median of numeric data.

    When the number of data points is odd, the middle value is returned.
    When it is even, the smaller of the two middle values is returned.
    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    """Return the high median of data.

    When the number of data points is odd, the middle value is returned.
    When it is even, the larger of the two middle values is returned.
    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints
    of consecutive, fixed-width intervals.

    The *data* can be any iterable of numeric data with each value being
    exactly the midpoint of a bin.  At least one value must be present.
    The *interval* is width of each bin.
    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The run of values equal to the middle one: those before it, and its length.
    below = bisect_left(data, x)
    run = bisect_right(data, x, lo=below) - below
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - below) / run


def mode(data):
    """Return the most common data point from discrete or nominal data.

    If there are multiple modes with same frequency, return the first one
    encountered. If *data* is empty, ``mode``, raises StatisticsError.
    """
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    return best


def multimode(data):
    """Return a list of the most frequently occurring values.

    Will return more than one result if there are multiple modes
    or an empty list if *data* is empty.
    """
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _counts(data):
    counts = {}
    get = counts.get
    for x in iter(data):
        counts[x] = get(x, 0) + 1
    return counts


def quantiles(data, *, n=4, method="exclusive"):
    """Divide *data* into *n* continuous intervals with equal probability.

    Returns a list of (n - 1) cut points separating the intervals.
    If *method* is set to *inclusive*, *data* is treated as population
    data.  The minimum value is treated as the 0th percentile and the
    maximum value is treated as the 100th percentile.
    """
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        # Cut i sits at position i*(ld-1)/n, between data[j] and data[j+1].
        span = ld - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((data[j] * (n - frac) + data[j + 1] * frac) / n)
        return cuts
    if method == "exclusive":
        # Cut i sits at position i*(ld+1)/n (1-based), clamped to the data.
        span = ld + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), ld - 1)
            frac = i * span - j * n
            cuts.append((data[j - 1] * (n - frac) + data[j] * frac) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# ---------------------------------------------------------------------------
# Spread


def variance(data, xbar=None):
    """Return the sample variance of data.

    data should be an iterable of Real-valued numbers, with at least two
    values. The optional argument xbar, if given, should be the mean of
    the data. If it is missing or None, the mean is automatically calculated.
    """
    T, ss, _, n = _sum_squares(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of ``data``.

    data should be a sequence or iterable of Real-valued numbers, with at least one
    value. The optional argument mu, if given, should be the mean of
    the data. If it is missing or None, the mean is automatically calculated.
    """
    T, ss, _, n = _sum_squares(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance.

    See ``variance`` for arguments and other details.
    """
    T, ss, _, n = _sum_squares(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of(ss / (n - 1), T)


def pstdev(data, mu=None):
    """Return the square root of the population variance.

    See ``pvariance`` for arguments and other details.
    """
    T, ss, _, n = _sum_squares(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of(ss / n, T)


def _mean_and_stdev(data):
    """The mean and the sample standard deviation of data, as floats."""
    T, ss, xbar, n = _sum_squares(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    ms = ss / (n - 1)
    try:
        return float(xbar), _sqrt_ratio_float(ms.numerator, ms.denominator)
    except AttributeError:
        # Infinities or NaNs in the data: a non-finite mean, a NaN deviation.
        return float(xbar), float(xbar) / float(ss)


# ---------------------------------------------------------------------------
# Relations between two inputs


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(
            f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


def _centered_sums(x, y, n):
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    return xbar, ybar, sxy, sxx


def covariance(x, y, /):
    """Covariance

    Return the sample covariance of two inputs *x* and *y*. Covariance
    is a measure of the joint variability of two inputs.
    """
    n = _paired(x, y, "covariance")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient

    Return the Pearson's correlation coefficient for two inputs, between -1 and +1.
    """
    n = _paired(x, y, "correlation")
    xbar, ybar, sxy, sxx = _centered_sums(x, y, n)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression.

    Return the slope and intercept of simple linear regression
    parameters estimated using ordinary least squares. If *proportional* is
    true, the line is fitted through the origin and the intercept is 0.0.
    """
    n = _paired(x, y, "linear regression")
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar, ybar, sxy, sxx = _centered_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------------------
# Normal distributions

# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational approximations of
# the normal quantile on three ranges, coefficients highest degree first.
_AS241_CENTRAL = (
    (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
     45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
     133.14166789178437745, 3.387132872796366608),
    (5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
     21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
     42.313330701600911252, 1.0),
)
_AS241_NEAR = (
    (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
     1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
     4.6303378461565452959, 1.42343711074968357734),
    (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
     0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
     2.05319162663775882187, 1.0),
)
_AS241_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
     0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
     5.4637849111641143699, 6.6579046435011037772),
    (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
     0.59983220655588793769, 1.0),
)


def _horner(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        x = _horner(num, r) * q / _horner(den, r)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num, den = _AS241_NEAR
    else:
        r = r - 5.0
        num, den = _AS241_FAR
    x = _horner(num, r) / _horner(den, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


def _hypot2(a, b):
    """sqrt(a*a + b*b) correctly rounded."""
    if math.isinf(a) or math.isinf(b):
        return math.inf
    if a != a or b != b:
        return math.nan
    na, da = a.as_integer_ratio()
    nb, db = b.as_integer_ratio()
    return _sqrt_ratio_float(na * na * db * db + nb * nb * da * da, da * da * db * db)


_erf_scale = None


def _erf_series(x):
    """erf(x), correctly rounded: the Maclaurin series in fixed point."""
    global _erf_scale
    if x != x or x == 0.0:
        return x
    if fabs(x) >= 6.0:
        return 1.0 if x > 0.0 else -1.0
    prec = 240
    if _erf_scale is None:
        # 2/sqrt(pi) in fixed point: pi from Machin's formula.
        one = 1 << (4 * prec + 20)

        def arctan_inverse(k):
            total = term = one // k
            j = 1
            while term:
                term //= k * k
                j += 2
                total += term // j if j % 4 == 1 else -(term // j)
            return total
        pi = (16 * arctan_inverse(5) - 4 * arctan_inverse(239)) >> 20
        _erf_scale = math.isqrt((4 << (6 * prec)) // pi)
    m, d = x.as_integer_ratio()
    shift = 2 * (d.bit_length() - 1)
    mm = m * m
    term = total = 1 << prec
    k = 0
    while term:
        k += 1
        term = ((term * mm) >> shift) // k
        part = term // (2 * k + 1)
        total = total - part if k & 1 else total + part
    return (_erf_scale * total * m) / (d << (2 * prec))


try:
    from math import erf
except ImportError:
    erf = _erf_series

_SQRT2 = sqrt(2.0)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = ("_mu", "_sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        return cls(*_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function.  x : P(X <= x) = p

        Finds the value of the random variable such that the probability of
        the variable being less than or equal to that value equals the given
        probability.
        """
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability.

        Returns a list of (n - 1) cut points separating the intervals.
        """
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Compute the overlapping coefficient (OVL) between two normal distributions.

        Returns a value between 0.0 and 1.0 giving the overlapping area in
        the two underlying probability density functions.
        """
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        # An order of the two that does not depend on the call's.
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        # The two densities cross at x1 and x2.
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev

        Describes *x* in terms of the number of standard deviations
        above or below the mean of the normal distribution.
        """
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "Arithmetic mean of the normal distribution."
        return self._mu

    @property
    def median(self):
        "Return the median of the normal distribution"
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution

        The mode is the value x where which the probability density
        function (pdf) takes its maximum value.
        """
        return self._mu

    @property
    def stdev(self):
        "Standard deviation of the normal distribution."
        return self._sigma

    @property
    def variance(self):
        "Square of the standard deviation."
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """Add a constant or another NormalDist instance.

        If *other* is a constant, translate mu by the constant,
        leaving sigma unchanged. If *other* is a NormalDist, add both the means
        and the variances.
        """
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, _hypot2(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Subtract a constant or another NormalDist instance.

        If *other* is a constant, translate by the constant mu,
        leaving sigma unchanged. If *other* is a NormalDist, subtract the means
        and add the variances.
        """
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, _hypot2(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Multiply both mu and sigma by a constant.

        Sigma is scaled with the absolute value of the constant.
        """
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """Divide both mu and sigma by a constant.

        Sigma is scaled with the absolute value of the constant.
        """
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        "Return a copy of the instance."
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        "Negates mu while keeping sigma the same."
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        "Subtract a NormalDist from a constant or another NormalDist."
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        "Two NormalDist objects are equal if their mu and sigma are both equal."
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        "NormalDist objects hash equal if their mu and sigma are both equal."
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
