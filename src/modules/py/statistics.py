"""Descriptive statistics of numeric data, and the NormalDist class.

refpy's own statistics module, written from the documentation of CPython 3.11 and the
results it gives. How the numbers are obtained:

* mean(), the variances and the standard deviations never round on the way: every data
  point becomes an exact ratio of two integers, the ratios are added exactly, and only
  the final answer is converted to the type of the data (ints give an int when the
  answer is whole and a float otherwise; floats a float; Fractions a Fraction;
  Decimals a Decimal). Square roots of the exact answers are correctly rounded.
* fmean(), geometric_mean(), covariance(), correlation() and linear_regression() work in
  floats with math.fsum, as the documentation describes.
* Infinities and NaNs have no ratio; when some are present the answer is what they add
  up to in their own arithmetic.
"""

import math
import random
import sys
from collections import namedtuple
from fractions import Fraction
from math import exp, fabs, fsum, log, sqrt, tau

__all__ = sorted('''NormalDist StatisticsError correlation covariance fmean geometric_mean
    harmonic_mean linear_regression mean median median_grouped median_high median_low
    mode multimode pstdev pvariance quantiles stdev variance'''.split())


class StatisticsError(ValueError):
    """Raised when the data cannot give the statistic asked for."""


def _decimal_class():
    """decimal.Decimal once the decimal module is loaded, else None (in which case no
    Decimal can be among the data)."""
    loaded = sys.modules.get('decimal')
    if loaded is None:
        return None
    return getattr(loaded, 'Decimal', None)


def _is_decimal(kind):
    dec = _decimal_class()
    return dec is not None and issubclass(kind, dec)


# ---------------------------------------------------------------------------------------
# Exact accumulation

def _ratio_of(value):
    """(numerator, denominator) of a number, or None for an infinity or a NaN."""
    try:
        exact = value.as_integer_ratio
    except AttributeError:
        pass
    else:
        try:
            return exact()
        except (OverflowError, ValueError):
            return None
    try:
        return value.numerator, value.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(value).__name__) from None


def _merge_types(have, new):
    """The type results take when data of type `have` meets data of type `new`."""
    if new is have or new is int or new is bool:
        return have
    if have is int or issubclass(new, have):
        return new
    if issubclass(have, new):
        return have
    # Integers of any kind give way to the other type.
    if issubclass(have, int):
        return new
    if issubclass(new, int):
        return have
    # Floats win over Fractions, whichever came first.
    for floaty, other in ((have, new), (new, have)):
        if issubclass(floaty, float) and issubclass(other, Fraction):
            return floaty
    raise TypeError("don't know how to coerce %s and %s" % (have.__name__, new.__name__))


class _Tally:
    """Exact running sums of values (and optionally of their squares), the number of
    values seen, and the type results should be given in."""

    __slots__ = ('count', 'kind', 'last_kind', 'num', 'den', 'sq_num', 'sq_den',
                 'odd', 'squares')

    def __init__(self, squares=False):
        self.count = 0
        self.kind = int
        self.last_kind = None
        self.num, self.den = 0, 1
        self.sq_num, self.sq_den = 0, 1
        self.odd = None          # the sum of the infinities and NaNs met, if any
        self.squares = squares

    def feed(self, values):
        for value in values:
            t = type(value)
            if t is not self.last_kind:
                self.kind = _merge_types(self.kind, t)
                self.last_kind = t
            self.count += 1
            pair = _ratio_of(value)
            if pair is None:
                self.odd = value if self.odd is None else self.odd + value
                continue
            n, d = pair
            self.num, self.den = _add_ratios(self.num, self.den, n, d)
            if self.squares:
                self.sq_num, self.sq_den = _add_ratios(self.sq_num, self.sq_den, n * n, d * d)
        return self

    def total(self):
        """The exact sum (a Fraction), or the non-finite sum when there was one."""
        if self.odd is not None:
            return self.odd
        return Fraction(self.num, self.den)


def _add_ratios(an, ad, bn, bd):
    """an/ad + bn/bd as a (not necessarily reduced) pair over a common denominator."""
    if ad == bd:
        return an + bn, ad
    g = math.gcd(ad, bd)
    return an * (bd // g) + bn * (ad // g), ad // g * bd


def _as_type(value, kind):
    """The exact `value` given in the data's type."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if not _is_decimal(kind):
            raise
    return kind(value.numerator) / kind(value.denominator)


def _squared_deviations(data, centre):
    """(type, sum of squared deviations, centre, count). Deviations are taken from
    `centre` in the data's own arithmetic when it is given, else from the exact mean
    (which is then returned as the centre)."""
    if centre is not None:
        tally = _Tally().feed((x - centre) * (x - centre) for x in data)
        return tally.kind, tally.total(), centre, tally.count
    tally = _Tally(squares=True).feed(data)
    k = tally.count
    if not k:
        return tally.kind, Fraction(0), Fraction(0), 0
    if tally.odd is not None:
        return tally.kind, tally.odd, tally.odd, k
    # k * sum(x^2) - (sum x)^2, all over k: exact, so its poor float behaviour is moot.
    s1 = Fraction(tally.num, tally.den)
    s2 = Fraction(tally.sq_num, tally.sq_den)
    return tally.kind, (k * s2 - s1 * s1) / k, s1 / k, k


# ---------------------------------------------------------------------------------------
# Correctly rounded square roots of exact ratios

def _float_root(num, den):
    """The float nearest to sqrt(num / den)."""
    # Scale by 4**k so the integer root carries about 62 bits, then force its lowest
    # bit on when the root was inexact ("round to odd"): the single rounding of the
    # final int -> float conversion is then the correct one.
    k = 62 - (num.bit_length() - den.bit_length()) // 2
    if k >= 0:
        q, r = divmod(num << (2 * k), den)
    else:
        q, r = divmod(num, den << (-2 * k))
    root = math.isqrt(q)
    if r or root * root != q:
        root |= 1
    if k >= 0:
        return root / (1 << k)
    # (An int / int division, so too big a root fails with that division's message.)
    return (root << -k) / 1


def _decimal_root(num, den):
    """sqrt(num / den) as the Decimal the current context rounds it to."""
    dec = _decimal_class()
    if num <= 0:
        if num == 0:
            return dec('0.0')
        num, den = -num, -den
    guess = (dec(num) / dec(den)).sqrt()
    gn, gd = guess.as_integer_ratio()
    # Move to a neighbour when num/den lies beyond the midpoint towards it. With the
    # midpoint (a/b + c/d)/2 the test is 4*num*(b*d)^2 against den*(a*d + b*c)^2.
    for step, beyond in ((guess.next_plus(), 1), (guess.next_minus(), -1)):
        sn, sd = step.as_integer_ratio()
        lhs = 4 * num * (gd * sd) ** 2
        rhs = den * (gn * sd + gd * sn) ** 2
        if (lhs > rhs) if beyond > 0 else (lhs < rhs):
            return step
    return guess


def _root_in(value, kind):
    if _is_decimal(kind):
        return _decimal_root(value.numerator, value.denominator)
    return _float_root(value.numerator, value.denominator)


# ---------------------------------------------------------------------------------------
# Averages and measures of central location

def mean(data):
    """The arithmetic mean of the data (a sequence or any iterable), computed exactly
    and given in the data's own numeric type.

    >>> mean([1, 2, 3, 4, 4])
    2.8
    """
    tally = _Tally().feed(data)
    if not tally.count:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(tally.total() / tally.count, tally.kind)


def _counting(items, box):
    for box[0], item in enumerate(items, 1):
        yield item


def fmean(data, weights=None):
    """The arithmetic mean in float arithmetic (faster than mean(); always a float).
    With weights, the weighted mean sum(x*w) / sum(w)."""
    box = [0]
    try:
        box[0] = len(data)
    except TypeError:
        data = _counting(data, box)
    if weights is None:
        total = fsum(data)
        if not box[0]:
            raise StatisticsError('fmean requires at least one data point')
        return total / box[0]
    try:
        wanted = len(weights)
    except TypeError:
        weights = list(weights)
        wanted = len(weights)
    top = fsum([x * w for x, w in zip(data, weights)])
    if box[0] != wanted:
        raise StatisticsError('data and weights must be the same length')
    bottom = fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """The geometric mean, computed in floats as exp(fmean(log(x) for x in data))."""
    try:
        return exp(fmean([log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


_NEGATIVE_HARMONIC = 'harmonic mean does not support negative values'


def _refuse_negatives(values):
    for v in values:
        if v < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        yield v


def harmonic_mean(data, weights=None):
    """The harmonic mean: the count (or the sum of the weights) divided by the sum of
    weight/x over the data. A zero in the data makes it 0; negative values are refused.
    """
    if iter(data) is data:
        data = list(data)
    size = len(data)
    if not size:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if size == 1 and weights is None:
        only = data[0]
        dec = _decimal_class()
        if not isinstance(only, (int, float, Fraction)) and not (
                dec is not None and isinstance(only, dec)):
            import numbers
            if not isinstance(only, numbers.Real):
                raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        return only
    if weights is None:
        weights = [1] * size
        weight_sum = size
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _Tally().feed(_refuse_negatives(weights)).total()
    try:
        tally = _Tally().feed(w / x if w else 0
                              for w, x in zip(weights, _refuse_negatives(data)))
    except ZeroDivisionError:
        return 0
    reciprocal_sum = tally.total()
    if reciprocal_sum <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight_sum / reciprocal_sum, tally.kind)


def _sorted_or_fail(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered, len(ordered)


def median(data):
    """The middle value of the sorted data; for an even count, the mean of the two
    middle values."""
    ordered, size = _sorted_or_fail(data)
    mid = size // 2
    if size & 1:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def median_low(data):
    """The middle value, or for an even count the lower of the two middle values."""
    ordered, size = _sorted_or_fail(data)
    return ordered[(size - 1) // 2]


def median_high(data):
    """The middle value, or for an even count the higher of the two middle values."""
    ordered, size = _sorted_or_fail(data)
    return ordered[size // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes of width `interval`, each value being the
    midpoint of its class, by interpolation within the class holding the median."""
    ordered, size = _sorted_or_fail(data)
    middle = ordered[size // 2]
    # Where the run of values equal to the middle one starts, and how long it is.
    start = size // 2
    while start and ordered[start - 1] == middle:
        start -= 1
    stop = size // 2 + 1
    while stop < size and ordered[stop] == middle:
        stop += 1
    try:
        width = float(interval)
        centre = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return centre - width / 2.0 + width * (size / 2 - start) / (stop - start)


def _frequencies(data):
    seen = {}
    for item in iter(data):
        seen[item] = seen.get(item, 0) + 1
    return seen


def mode(data):
    """The most common value (the first one met, on a tie) of discrete or nominal data.
    """
    seen = _frequencies(data)
    if not seen:
        raise StatisticsError('no mode for empty data')
    return max(seen, key=seen.__getitem__)


def multimode(data):
    """Every value sharing the highest frequency, in the order first met; [] for no
    data."""
    seen = _frequencies(data)
    top = max(seen.values(), default=0)
    return [item for item, times in seen.items() if times == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing the data into n groups of equal probability, by
    linear interpolation. 'exclusive' treats the data as a sample of a wider population
    (the default), 'inclusive' as the whole population, minimum and maximum included.
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        # Cut i lies i/n of the way from the first to the last point.
        places = [divmod(i * (size - 1), n) for i in range(1, n)]
        return [(ordered[j] * (n - part) + ordered[j + 1] * part) / n
                for j, part in places]
    if method == 'exclusive':
        # Cut i lies at the 1-based position i*(size+1)/n, kept within the data.
        cuts = []
        for i in range(1, n):
            j = min(size - 1, max(1, i * (size + 1) // n))
            part = i * (size + 1) - j * n
            cuts.append((ordered[j - 1] * (n - part) + ordered[j] * part) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------------------------------
# Measures of spread

def _spread(data, centre, minimum, name):
    kind, deviations, _, count = _squared_deviations(data, centre)
    if count < minimum:
        raise StatisticsError('%s requires at least %s data point%s'
                              % (name, 'one' if minimum == 1 else 'two',
                                 '' if minimum == 1 else 's'))
    return kind, deviations / (count - (minimum - 1))


def variance(data, xbar=None):
    """The sample variance (divided by n - 1) of at least two values, exact and in the
    data's type. xbar, if given, is used as the mean."""
    kind, value = _spread(data, xbar, 2, 'variance')
    return _as_type(value, kind)


def pvariance(data, mu=None):
    """The population variance (divided by n) of at least one value, exact and in the
    data's type. mu, if given, is used as the mean."""
    kind, value = _spread(data, mu, 1, 'pvariance')
    return _as_type(value, kind)


def stdev(data, xbar=None):
    """The square root of variance(data, xbar), correctly rounded."""
    kind, value = _spread(data, xbar, 2, 'stdev')
    return _root_in(value, kind)


def pstdev(data, mu=None):
    """The square root of pvariance(data, mu), correctly rounded."""
    kind, value = _spread(data, mu, 1, 'pstdev')
    return _root_in(value, kind)


# ---------------------------------------------------------------------------------------
# Statistics of two inputs

def _pair_size(x, y, title):
    size = len(x)
    if len(y) != size:
        raise StatisticsError('%s requires that both inputs have same number of data '
                              'points' % title)
    if size < 2:
        raise StatisticsError('%s requires at least two data points' % title)
    return size


def _centred(values, size):
    middle = fsum(values) / size
    return middle, [v - middle for v in values]


def covariance(x, y, /):
    """The sample covariance of x and y, a measure of how they vary together."""
    size = _pair_size(x, y, 'covariance')
    _, dx = _centred(x, size)
    _, dy = _centred(y, size)
    return fsum([a * b for a, b in zip(dx, dy)]) / (size - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, from -1 to +1."""
    size = _pair_size(x, y, 'correlation')
    _, dx = _centred(x, size)
    _, dy = _centred(y, size)
    sxy = fsum([a * b for a, b in zip(dx, dy)])
    sxx = fsum([a * a for a in dx])
    syy = fsum([b * b for b in dy])
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', 'slope intercept')


def linear_regression(x, y, /, *, proportional=False):
    """The slope and intercept of the least-squares line through the points (x, y).
    With proportional=True the line passes through the origin (intercept 0.0)."""
    size = _pair_size(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        x_mid, dx = _centred(x, size)
        y_mid, dy = _centred(y, size)
    sxy = fsum([a * b for a, b in zip(dx, dy)])
    sxx = fsum([a * a for a in dx])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=y_mid - slope * x_mid)


# ---------------------------------------------------------------------------------------
# The normal distribution

# Quantiles of the standard normal distribution by Wichura's algorithm AS 241 (Applied
# Statistics 37, 1988): a rational function on each of three ranges. Each entry is
# (numerator, denominator), coefficients from the highest degree down.
_AS241 = {
    'central': (
        (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
         45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
         133.14166789178437745, 3.387132872796366608),
        (5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
         21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
         42.313330701600911252, 1.0)),
    'near': (
        (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
         1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
         4.6303378461565452959, 1.42343711074968357734),
        (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
         0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
         2.05319162663775882187, 1.0)),
    'far': (
        (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
         0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
         5.4637849111641143699, 6.6579046435011037772),
        (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
         7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
         0.59983220655588793769, 1.0)),
}


def _poly(coefficients, t):
    acc = 0.0
    for i, c in enumerate(coefficients):
        acc = c if i == 0 else acc * t + c
    return acc


def _standard_quantile(p):
    """x with P(Z <= x) = p for a standard normal Z (0 < p < 1)."""
    q = p - 0.5
    if fabs(q) <= 0.425:
        t = 0.180625 - q * q
        top, bottom = _AS241['central']
        return _poly(top, t) * q / _poly(bottom, t)
    tail = p if q <= 0.0 else 1.0 - p
    t = sqrt(-log(tail))
    if t <= 5.0:
        t -= 1.6
        top, bottom = _AS241['near']
    else:
        t -= 5.0
        top, bottom = _AS241['far']
    x = _poly(top, t) / _poly(bottom, t)
    return -x if q < 0.0 else x


def _exact_hypot(a, b):
    """sqrt(a*a + b*b) for floats, correctly rounded."""
    if a in (math.inf, -math.inf) or b in (math.inf, -math.inf):
        return math.inf
    if a != a or b != b:
        return math.nan
    an, ad = a.as_integer_ratio()
    bn, bd = b.as_integer_ratio()
    return _float_root((an * bd) ** 2 + (bn * ad) ** 2, (ad * bd) ** 2)


class _ErfSeries:
    """erf(x) for floats, correctly rounded, from its Maclaurin series
    2/sqrt(pi) * sum((-1)^k x^(2k+1) / (k! (2k+1))) evaluated in fixed point."""

    BITS = 240
    _scale = None

    @classmethod
    def scale(cls):
        """2/sqrt(pi) with BITS fraction bits; pi from Machin's arctangent formula."""
        if cls._scale is None:
            guard = 20
            unit = 1 << (4 * cls.BITS + guard)

            def arctan_of_inverse(k):
                term = unit // k
                acc, j, sign = term, 1, -1
                while term:
                    term //= k * k
                    j += 2
                    acc += sign * (term // j)
                    sign = -sign
                return acc
            pi = (16 * arctan_of_inverse(5) - 4 * arctan_of_inverse(239)) >> guard
            cls._scale = math.isqrt((4 << (6 * cls.BITS)) // pi)
        return cls._scale

    @classmethod
    def erf(cls, x):
        if x != x or x == 0.0:
            return x
        if fabs(x) >= 6.0:
            return math.copysign(1.0, x)
        bits = cls.BITS
        num, den = x.as_integer_ratio()
        shift = 2 * (den.bit_length() - 1)
        square = num * num
        term = acc = 1 << bits
        k = 0
        while term:
            k += 1
            term = ((term * square) >> shift) // k
            piece = term // (2 * k + 1)
            acc += -piece if k % 2 else piece
        return (cls.scale() * acc * num) / (den << (2 * bits))


_erf = getattr(math, 'erf', None) or _ErfSeries.erf
_ROOT_TWO = sqrt(2.0)


class NormalDist:
    """A normal (Gaussian) distribution with mean mu and standard deviation sigma."""

    __slots__ = {'_loc': 'mean of the distribution', '_scale': 'its standard deviation'}

    def __init__(self, mu=0.0, sigma=1.0):
        """Make the distribution N(mu, sigma**2); sigma must not be negative."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._loc = float(mu)
        self._scale = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Estimate the distribution from sample data: its mean and sample standard
        deviation."""
        _, deviations, centre, count = _squared_deviations(data, None)
        if count < 2:
            raise StatisticsError('stdev requires at least two data points')
        if not isinstance(deviations, Fraction):
            # Infinities or NaNs: the centre is what they add up to, no spread survives.
            return cls(float(centre), float(centre) / float(deviations))
        var = deviations / (count - 1)
        return cls(float(centre), _float_root(var.numerator, var.denominator))

    def samples(self, n, *, seed=None):
        """n random values drawn from the distribution (repeatable with a seed)."""
        source = random if seed is None else random.Random(seed)
        draw = source.gauss
        loc, scale = self._loc, self._scale
        return [draw(loc, scale) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        var = self._scale * self._scale
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        gap = x - self._loc
        return exp(gap * gap / (var * -2.0)) / sqrt(var * tau)

    def cdf(self, x):
        """The probability that a value drawn is x or less."""
        if not self._scale:
            raise StatisticsError('cdf() not defined when sigma is zero')
        z = (x - self._loc) / (self._scale * _ROOT_TWO)
        return (_erf(z) + 1.0) * 0.5

    def inv_cdf(self, p):
        """The value x for which cdf(x) == p (the quantile function), 0 < p < 1."""
        if not (0.0 < p < 1.0):
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._scale <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._loc + _standard_quantile(p) * self._scale

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient: the area shared by the two density curves,
        between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        lo, hi = self, other
        # Work in an order independent of which one was asked.
        if (hi._scale, hi._loc) < (lo._scale, lo._loc):
            lo, hi = hi, lo
        v_lo, v_hi = lo.variance, hi.variance
        if not (v_lo and v_hi):
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = v_hi - v_lo
        dm = fabs(hi._loc - lo._loc)
        if not dv:
            return 1.0 - _erf(dm / (lo._scale * 2.0 * _ROOT_TWO))
        # The densities cross at two points, roots of a quadratic.
        a = lo._loc * v_hi - hi._loc * v_lo
        b = (lo._scale * hi._scale) * sqrt(dm * dm + dv * log(v_hi / v_lo))
        missed = 0.0
        for crossing in ((a + b) / dv, (a - b) / dv):
            missed += fabs(hi.cdf(crossing) - lo.cdf(crossing))
        return 1.0 - missed

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._scale:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._loc) / self._scale

    @property
    def mean(self):
        """The mean of the distribution."""
        return self._loc

    @property
    def median(self):
        """The median, which for a normal distribution is its mean."""
        return self._loc

    @property
    def mode(self):
        """The mode (where the density peaks), which is also the mean."""
        return self._loc

    @property
    def stdev(self):
        """The standard deviation."""
        return self._scale

    @property
    def variance(self):
        """The variance: the standard deviation squared."""
        return self._scale * self._scale

    # Arithmetic: a constant shifts or scales the distribution; two independent normal
    # variables add (or subtract) their means and add their variances.
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._loc + other._loc, _exact_hypot(self._scale, other._scale))
        return NormalDist(self._loc + other, self._scale)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._loc - other._loc, _exact_hypot(self._scale, other._scale))
        return NormalDist(self._loc - other, self._scale)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, factor):
        return NormalDist(self._loc * factor, self._scale * fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._loc / divisor, self._scale / fabs(divisor))

    def __pos__(self):
        return NormalDist(self._loc, self._scale)

    def __neg__(self):
        return NormalDist(-self._loc, self._scale)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._loc == other._loc and self._scale == other._scale
        return NotImplemented

    def __hash__(self):
        return hash((self._loc, self._scale))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._loc, self._scale)

    def __getstate__(self):
        return (self._loc, self._scale)

    def __setstate__(self, state):
        self._loc, self._scale = state

