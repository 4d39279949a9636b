"""Random variable generators.

refpy's own `random`: the distributions of CPython 3.11's `random` module over the
Mersenne Twister of `_random` (native, modules/random.rs). Every function draws from the
generator in the same order and with the same float arithmetic as CPython's, so a seeded
script prints CPython's numbers. `_sha512` and `_urandom` are native helpers set in this
module before it runs.
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
from collections.abc import Sequence as _Sequence
import _random

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53  # bits in a float
RECIP_BPF = 2 ** -BPF
_ONE = 1


def _warn(message, category, stacklevel):
    """warnings.warn, when refpy has the warnings module."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel + 1)


def _integral(value, what):
    """randrange's fallback for a non-index argument: an integral float still works
    (deprecated), anything else is a ValueError."""
    as_int = int(value)
    if as_int != value:
        _warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
        raise ValueError("non-integer %s for randrange()" % what)
    _warn(
        "non-integer arguments to randrange() have been deprecated "
        "since Python 3.10 and will be removed in a subsequent version",
        DeprecationWarning,
        3,
    )
    return as_int


class Random(_random.Random):
    """The Mersenne Twister with every distribution; instances do not share state."""

    VERSION = 3  # used by getstate/setstate

    def __init__(self, x=None):
        """Seeds the generator from x (see seed())."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Seeds from None (OS entropy), an int, a float, or a str, bytes or
        bytearray (all their bits; version 2 hashes them with SHA-512)."""
        if version == 1 and isinstance(a, (str, bytes)):
            # Python 2's string hash, 64 bits wide.
            text = a.decode("latin-1") if isinstance(a, bytes) else a
            h = ord(text[0]) << 7 if text else 0
            for code in map(ord, text):
                h = ((1000003 * h) ^ code) & 0xFFFFFFFFFFFFFFFF
            h ^= len(text)
            a = -2 if h == -1 else h
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else a
            a = int.from_bytes(data + _sha512(bytes(data)))
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError(
                "The only supported seed types are: None,\n"
                "int, float, str, bytes, and bytearray."
            )
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The state as a tuple, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restores a state returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super().setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            # Version 2 states could hold signed words.
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            super().setstate(internalstate)
        else:
            raise ValueError(
                "state with version %s passed to "
                "Random.setstate() of version %s" % (version, self.VERSION)
            )

    # Pickling and copying: the class, no arguments, then the state.

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers ----

    def __init_subclass__(cls, /, **kwargs):
        """Picks how a subclass draws integers: from getrandbits() if it has
        one, else from random()."""
        # The nearest class that says how to draw integers decides.
        for klass in cls.__mro__:
            if "_randbelow" in klass.__dict__:
                break
            if "getrandbits" in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """A random int in [0, n), n > 0, by rejection over bit_length(n) bits."""
        bits = n.bit_length()
        draw = self.getrandbits
        r = draw(bits)
        while r >= n:
            r = draw(bits)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """A random int in [0, n), n > 0, from random() alone."""
        draw = self.random
        if n >= maxsize:
            _warn(
                "Underlying random() generator does not supply \n"
                "enough bits to choose from a population range this large.\n"
                "To remove the range limitation, add a getrandbits() method.",
                UserWarning,
                1,
            )
            return _floor(draw() * n)
        remainder = maxsize % n
        limit = (maxsize - remainder) / maxsize
        r = draw()
        while r >= limit:
            r = draw()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=_ONE):
        """A random item of range(start, stop, step), without building the range."""
        try:
            istart = _index(start)
        except TypeError:
            istart = _integral(start, "arg 1")
        if stop is None:
            # `step` is compared by identity: it has not been converted yet.
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        try:
            istop = _index(stop)
        except TypeError:
            istop = _integral(stop, "stop")
        width = istop - istart
        try:
            istep = _index(step)
        except TypeError:
            istep = _integral(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError(
                "empty range for randrange() (%d, %d, %d)" % (istart, istop, width)
            )
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """A random int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        # len(), not truth: NumPy arrays refuse to be truth-tested.
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the list x in place; returns None."""
        below = self._randbelow
        for i in reversed(range(1, len(x))):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k elements from distinct positions of the population, in selection
        order; counts= repeats elements."""
        if not isinstance(population, _Sequence):
            raise TypeError(
                "Population must be a sequence.  "
                "For dicts or sets, use sorted(d)."
            )
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in picks]
        below = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # A pool list when it is smaller than the set of picks would be: a set's
        # table for k entries against n list slots.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = below(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(n)
                while j in taken:
                    j = below(n)
                taken.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        draw = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(draw() * n)] for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f"The number of choices must be a keyword argument: {k=}"
                ) from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [
            population[_bisect(cum_weights, draw() * total, 0, hi)]
            for i in _repeat(None, k)
        ]

    # ---- real-valued distributions ----

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution on [low, high] with the given mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """The normal distribution: mean mu, standard deviation sigma."""
        # Kinderman and Monahan's ratio-of-uniforms method.
        draw = self.random
        while True:
            u1 = draw()
            u2 = 1.0 - draw()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """The normal distribution by Box-Muller: mean mu, standard deviation sigma."""
        # Box-Muller: two normal values per pair of draws; the second waits in
        # gauss_next for the next call.
        draw = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = draw() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - draw()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """A log-normal variate: its logarithm is normal(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """The exponential distribution with rate lambd (1 / mean)."""
        # 1.0 - random() lies in (0, 1]: never log(0).
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """The von Mises (circular) distribution: mean angle mu, concentration kappa."""
        # Best and Fisher's method.
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = draw()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = draw()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = draw()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """The gamma distribution (alpha > 0, beta > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        draw = self.random
        if alpha > 1.0:
            # Cheng's rejection method (GB).
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = draw()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - draw()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            # The exponential distribution with mean beta.
            return -_log(1.0 - draw()) * beta
        # 0 < alpha < 1: algorithm GS of Kennedy and Gentle.
        while True:
            u = draw()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = draw()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """The beta distribution (alpha > 0, beta > 0), in [0, 1]."""
        # Two gamma variates: X / (X + Y).
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """The Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """The Weibull distribution: scale alpha, shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom); no state, no seeding."""

    def random(self):
        """A float in [0.0, 1.0) from 53 bits of OS entropy."""
        return (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int with k bits of OS entropy."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes))
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        """A system generator has no state to get or set."""
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


# One shared generator behind the module functions, seeded from the OS.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
