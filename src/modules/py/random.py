"""Pseudo-random numbers: the generator and the distributions built on it.

refpy's `random`: the distributions that Python 3.11 documents, computed over the native
Mersenne Twister of `_random` (modules/random.rs). Each function asks the generator for
the same draws, in the same order, and combines them with the same float operations as
the reference interpreter, so a seeded program prints identical numbers. The native
helpers `_sha512` (digest of bytes) and `_urandom` (OS entropy) are placed in this module's
namespace before it runs.
"""

import _random
import math as _m
from bisect import bisect as _bisect
from collections.abc import Sequence as _Sequence
from itertools import accumulate as _accumulate
from operator import index as _index

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]

# Public constants of the module (their values are part of the documented algorithms).
NV_MAGICCONST = 4 * _m.exp(-0.5) / _m.sqrt(2.0)
TWOPI = _m.tau
LOG4 = _m.log(4.0)
SG_MAGICCONST = 1.0 + _m.log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_MASK64 = (1 << 64) - 1
_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)


def _deprecated(text):
    import warnings

    # stacklevel 4: the user's call -> randrange -> _whole -> here
    warnings.warn(text, DeprecationWarning, 4)


def _whole(value, label):
    """randrange's view of one argument as an int. Index-like values pass; an
    integral float is accepted with a deprecation warning; anything else fails."""
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int == value:
            _deprecated("non-integer arguments to randrange() have been deprecated since "
                        "Python 3.10 and will be removed in a subsequent version")
            return as_int
        _deprecated("randrange() will raise TypeError in the future")
        raise ValueError("non-integer " + label + " for randrange()")


def _legacy_string_seed(text):
    """Version-1 seeding of str/bytes: Python 2's 64-bit string hash."""
    codes = [ord(ch) for ch in text]
    acc = (codes[0] << 7) if codes else 0
    for code in codes:
        acc = (acc * 1000003 ^ code) & _MASK64
    acc ^= len(codes)
    return acc


def _set_pool_cutoff(k):
    """Largest population for which sample() copies the population rather than
    tracking the chosen indices in a set (the set costs more memory per item)."""
    extra = 4 ** _m.ceil(_m.log(k * 3, 4)) if k > 5 else 0
    return 21 + extra


class Random(_random.Random):
    """A Mersenne Twister generator with every distribution of the module.

    Each instance has its own state; subclass it and override random() (and
    optionally getrandbits()) to put another core generator underneath."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own random() but no getrandbits() must draw
        # integers from random() alone; the nearest class in the MRO decides.
        for klass in cls.__mro__:
            own = vars(klass)
            if "_randbelow" in own:
                return
            if "getrandbits" in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if "random" in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # -- state ---------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialize the generator from a (None: system entropy).

        Version 2 (the default) uses every bit of a str, bytes or bytearray;
        version 1 reproduces the seeding of very old Pythons for str/bytes."""
        is_text = isinstance(a, (str, bytes))
        if version == 1 and is_text:
            a = _legacy_string_seed(a.decode("latin-1") if isinstance(a, bytes) else a)
        elif version == 2 and (is_text or isinstance(a, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _sha512(raw))
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return an object capturing the generator's internal state."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        kind = state[0]
        if kind == 3:
            kind, words, self.gauss_next = state
        elif kind == 2:
            # Version 2 stored signed words on some platforms: wrap them.
            kind, words, self.gauss_next = state
            try:
                words = tuple(w % 2**32 for w in words)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError("state with version %s passed to Random.setstate() "
                             "of version %s" % (kind, self.VERSION))
        super().setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # -- integers ------------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """A uniform int in [0, n), by rejection over bit_length(n) random bits."""
        width = n.bit_length()
        draw = self.getrandbits
        while True:
            value = draw(width)
            if value < n:
                return value

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """A uniform int in [0, n) when only random() is available."""
        if n >= maxsize:
            import warnings

            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large.\n"
                          "To remove the range limitation, add a getrandbits() method.")
            return _m.floor(self.random() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        value = self.random()
        while value >= cutoff:
            value = self.random()
        return _m.floor(value * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """A random item from range(start, stop[, step]), without building it."""
        low = _whole(start, "arg 1")
        if stop is None:
            if type(step) is not int or step != 1:
                raise TypeError("Missing a non-None stop argument")
            if low <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(low)
        high = _whole(stop, "stop")
        span = high - low
        stride = _whole(step, "step")
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (low, high, span))
            return low + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # number of items in the range (ceiling division towards the step's sign)
        adjust = -1 if stride > 0 else 1
        count = (span + stride + adjust) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    # -- sequences -----------------------------------------------------------

    def choice(self, seq):
        """One random element of a non-empty sequence."""
        size = len(seq)
        if size == 0:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates from the end)."""
        below = self._randbelow
        pos = len(x) - 1
        while pos > 0:
            other = below(pos + 1)
            x[pos], x[other] = x[other], x[pos]
            pos -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct random elements of a sequence, in selection order.

        counts=[...] repeats each population element that many times (without
        building the repeated list)."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != size:
                raise ValueError("The number of counts does not match the population")
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            return [population[_bisect(bounds, index)]
                    for index in self.sample(range(total), k=k)]
        below = self._randbelow
        if not (0 <= k <= size):
            raise ValueError("Sample larger than population or is negative")
        picked = [None] * k
        if size <= _set_pool_cutoff(k):
            # Partial Fisher-Yates over a copy: each pick is replaced by the last
            # still-unpicked element.
            pool = list(population)
            for slot in range(k):
                remaining = size - slot
                where = below(remaining)
                picked[slot] = pool[where]
                pool[where] = pool[remaining - 1]
            return picked
        taken = set()
        for slot in range(k):
            where = below(size)
            while where in taken:
                where = below(size)
            taken.add(where)
            picked[slot] = population[where]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_m.floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError("The number of choices must be a keyword argument: "
                                "k=%d" % weights) from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != size:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _m.isfinite(total):
            raise ValueError("Total of weights must be finite")
        top = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, top)]
                for _ in range(k)]

    # -- real-valued distributions --------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution over [low, high] peaking at mode (default: the
        midpoint)."""
        u = self.random()
        if mode is None:
            peak = 0.5
        else:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > peak:
            u, peak = 1.0 - u, 1.0 - peak
            low, high = high, low
        return low + (high - low) * _m.sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_m.log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller; values come in pairs, the second
        kept for the next call."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _m.sqrt(-2.0 * _m.log(1.0 - self.random()))
            z = _m.cos(angle) * radius
            self.gauss_next = _m.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: exp of a normal variate."""
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_m.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular (von Mises) distribution; Best and Fisher's algorithm."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        rho = half + _m.sqrt(1.0 + half * half)
        while True:
            z = _m.cos(_m.pi * self.random())
            d = z / (rho + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _m.exp(d):
                break
        q = 1.0 / rho
        f = (q + z) / (1.0 + q * z)
        offset = _m.acos(f)
        if self.random() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta; not the rate)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        draw = self.random
        if alpha == 1.0:
            return -_m.log(1.0 - draw()) * beta
        if alpha > 1.0:
            # Cheng's rejection method.
            a_inv = _m.sqrt(2.0 * alpha - 1.0)
            b = alpha - LOG4
            c = alpha + a_inv
            while True:
                u1 = draw()
                if u1 <= 1e-7 or u1 >= 0.9999999:
                    continue
                u2 = 1.0 - draw()
                v = _m.log(u1 / (1.0 - u1)) / a_inv
                x = alpha * _m.exp(v)
                z = u1 * u1 * u2
                r = b + c * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _m.log(z):
                    return x * beta
        # alpha < 1: the Ahrens-Dieter method.
        while True:
            b = (_m.e + alpha) / _m.e
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _m.exp(-x):
                    return x * beta
            else:
                x = -_m.log((b - p) / alpha)
                if draw() <= x ** (alpha - 1.0):
                    return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution (alpha > 0, beta > 0), values in [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution (scale alpha, shape beta)."""
        return alpha * (-_m.log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom(); no state, so nothing to seed or save."""

    def random(self):
        """A float in [0.0, 1.0) from 53 bits of system entropy."""
        return (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes)) >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n bytes of system entropy."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: system entropy cannot be seeded."""
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _stateless


# One shared generator behind the module-level functions.
_inst = Random()
for _name in ("seed", "random", "uniform", "triangular", "randint", "choice",
              "randrange", "sample", "shuffle", "choices", "normalvariate",
              "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
              "gauss", "betavariate", "paretovariate", "weibullvariate",
              "getstate", "setstate", "getrandbits", "randbytes"):
    globals()[_name] = getattr(_inst, _name)
del _name
