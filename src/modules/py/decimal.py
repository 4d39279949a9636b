"""Decimal fixed- and floating-point arithmetic.

refpy's own `decimal`, written from the General Decimal Arithmetic specification and
checked against CPython 3.11's C module (`_decimal` over libmpdec): the same results,
flags, exponents, reprs and messages.

How it is built:
- A `Decimal` is four slots: `_sign` (0 or 1), `_int` (the coefficient, a Python int
  >= 0; a NaN's payload), `_exp` (the exponent) and `_sp`, what kind of number it is
  (`_FINITE`, `_INF`, `_NAN`, `_SNAN`). Values never change after construction.
- Every operation computes its exact result, or a truncated one with a sticky digit
  standing for the discarded rest (`coef * 10 + 1`), and hands it to `_finish`, the one
  rounding step: it applies the context's precision, rounding, exponent limits and
  clamping in libmpdec's order (`_mpd_check_exp`, then `_mpd_check_round`) and collects
  the conditions that occurred in a status word.
- Status words are libmpdec's bits; `_signal` adds them to the context's flags and
  raises the first trapped signal with the list of trapped conditions, as
  `[<class 'decimal.DivisionByZero'>]`.
- exp, ln and log10 are correctly rounded (ROUND_HALF_EVEN): fixed-point series at a
  working precision, retried with more digits until the error interval rounds one way.
  Non-integer powers follow libmpdec's recipe (exp(y * ln(x)) at a higher precision,
  then one rounding), integer powers its left-to-right binary powering.
"""

import math as _math
import sys as _sys
from collections import namedtuple as _namedtuple
import numbers as _numbers
from collections.abc import MutableMapping as _MutableMapping

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------------------
# Signals and conditions
# ---------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__doc__ = None

# libmpdec's status bits; their order is the order of a context's repr.
_CLAMPED = 0x1
_CONVERSION_SYNTAX = 0x2
_DIVISION_BY_ZERO = 0x4
_DIVISION_IMPOSSIBLE = 0x8
_DIVISION_UNDEFINED = 0x10
_INEXACT = 0x40
_INVALID_CONTEXT = 0x80
_INVALID_OPERATION = 0x100
_FLOAT_OPERATION = 0x400
_OVERFLOW = 0x800
_ROUNDED = 0x1000
_SUBNORMAL = 0x2000
_UNDERFLOW = 0x4000
_IEEE_INVALID = (_CONVERSION_SYNTAX | _DIVISION_IMPOSSIBLE | _DIVISION_UNDEFINED
                 | _INVALID_CONTEXT | _INVALID_OPERATION)

# The signals in the order of a signal dict (CPython's signal_map) and their bits.
_SIGNALS = (
    (InvalidOperation, _IEEE_INVALID),
    (FloatOperation, _FLOAT_OPERATION),
    (DivisionByZero, _DIVISION_BY_ZERO),
    (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL),
    (Inexact, _INEXACT),
    (Rounded, _ROUNDED),
    (Clamped, _CLAMPED),
)
_SIGNAL_BITS = dict(_SIGNALS)

# What a trapped status lists: the InvalidOperation conditions, then the other signals.
_CONDITIONS = (
    (InvalidOperation, _INVALID_OPERATION),
    (ConversionSyntax, _CONVERSION_SYNTAX),
    (DivisionImpossible, _DIVISION_IMPOSSIBLE),
    (DivisionUndefined, _DIVISION_UNDEFINED),
    (InvalidContext, _INVALID_CONTEXT),
) + _SIGNALS[1:]

# Names in a context's repr, in libmpdec's bit order: InvalidOperation stands where the
# first of its conditions that is set stands (mpd_lsnprint_signals).
_REPR_ORDER = (
    ('Clamped', _CLAMPED), ('InvalidOperation', _CONVERSION_SYNTAX),
    ('DivisionByZero', _DIVISION_BY_ZERO), ('InvalidOperation', _DIVISION_IMPOSSIBLE),
    ('InvalidOperation', _DIVISION_UNDEFINED), ('Inexact', _INEXACT),
    ('InvalidOperation', _INVALID_CONTEXT), ('InvalidOperation', _INVALID_OPERATION),
    ('FloatOperation', _FLOAT_OPERATION), ('Overflow', _OVERFLOW),
    ('Rounded', _ROUNDED), ('Subnormal', _SUBNORMAL), ('Underflow', _UNDERFLOW),
)

_SIGNALS_MESSAGE = ('valid values for signals are:\n'
                    '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                    '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                    '   Clamped]')
_ROUNDING_MESSAGE = ('valid values for rounding are:\n'
                     '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                     '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                     '   ROUND_05UP]')


def _signal(ctx, status):
    """Adds `status` to the context's flags; raises if a trap is set for any of it."""
    ctx._flags._bits |= status
    trapped = status & ctx._traps._bits
    if trapped:
        for cls, bits in _SIGNALS:
            if trapped & bits:
                break
        raise cls([c for c, bits in _CONDITIONS if trapped & bits])


class SignalDictMixin(_MutableMapping):
    """A context's flags or traps: a mapping from the nine signals to bools, kept as
    status bits."""

    __slots__ = ('_bits',)

    def __init__(self, bits=0):
        self._bits = bits

    def _bit(self, key):
        try:
            return _SIGNAL_BITS[key]
        except (KeyError, TypeError):
            raise KeyError(_SIGNALS_MESSAGE) from None

    def __getitem__(self, key):
        return bool(self._bits & self._bit(key))

    def __setitem__(self, key, value):
        bit = self._bit(key)
        if value:
            self._bits |= bit
        else:
            self._bits &= ~bit

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([cls for cls, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (cls, bool(self._bits & bits))
                               for cls, bits in _SIGNALS) + '}'

    def copy(self):
        return {cls: bool(self._bits & bits) for cls, bits in _SIGNALS}


class SignalDict(SignalDictMixin):
    __slots__ = ()
    __module__ = 'abc'


# The C type's tp_name is 'abc.SignalDict'. Neither class is a name of the module.
_SignalDictMixin = SignalDictMixin
_SignalDict = SignalDict
del SignalDictMixin, SignalDict


def _bits_from(value, what):
    """The status bits of a flags/traps argument: a signal dict, a dict or a list."""
    if isinstance(value, _SignalDictMixin):
        return value._bits
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS):
            raise KeyError('invalid signal dict')
        bits = 0
        for key, v in value.items():
            if key not in _SIGNAL_BITS:
                raise KeyError('invalid signal dict')
            if v:
                bits |= _SIGNAL_BITS[key]
        return bits
    if isinstance(value, (list, tuple)):
        bits = 0
        for key in value:
            try:
                bits |= _SIGNAL_BITS[key]
            except (KeyError, TypeError):
                raise KeyError(_SIGNALS_MESSAGE) from None
        return bits
    raise TypeError('argument must be a signal dict')


# ---------------------------------------------------------------------------
# Context
# ---------------------------------------------------------------------------

def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


class Context(object):
    """The arithmetic context: precision, rounding, exponent limits, flags and traps."""

    __slots__ = ('_prec', '_rounding', '_emin', '_emax', '_capitals', '_clamp',
                 '_flags', '_traps', '_allcr')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        template = DefaultContext if isinstance(DefaultContext, Context) else None
        if template is None:
            self._prec, self._rounding, self._emin, self._emax = (
                28, ROUND_HALF_EVEN, -999999, 999999)
            self._capitals, self._clamp = 1, 0
            trap_bits = _IEEE_INVALID | _DIVISION_BY_ZERO | _OVERFLOW
        else:
            self._prec, self._rounding = template._prec, template._rounding
            self._emin, self._emax = template._emin, template._emax
            self._capitals, self._clamp = template._capitals, template._clamp
            trap_bits = template._traps._bits
        if type(self) is Context and _UNTRACK_CONTEXTS:
            _untrack(self)
        self._allcr = 1
        self._flags = _SignalDict(0)
        self._traps = _SignalDict(trap_bits)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps._bits = _bits_from(traps, 'traps')
        if flags is not None:
            self._flags._bits = _bits_from(flags, 'flags')

    # -- attributes ---------------------------------------------------------

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._emin = value

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = int(value)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        _check_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = int(value)

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        if isinstance(value, (list, tuple)):
            raise TypeError('argument must be a signal dict')
        self._flags._bits = _bits_from(value, 'flags')

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        if isinstance(value, (list, tuple)):
            raise TypeError('argument must be a signal dict')
        self._traps._bits = _bits_from(value, 'traps')

    def __sizeof__(self):
        return 80 if type(self) is Context else 112

    def Etiny(self):
        return self._emin - self._prec + 1

    def Etop(self):
        return self._emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flags._bits = 0

    def clear_traps(self):
        self._traps._bits = 0

    def copy(self):
        new = _untrack(Context.__new__(Context))
        new._prec, new._rounding = self._prec, self._rounding
        new._emin, new._emax = self._emin, self._emax
        new._capitals, new._clamp, new._allcr = self._capitals, self._clamp, self._allcr
        new._flags = _SignalDict(self._flags._bits)
        new._traps = _SignalDict(self._traps._bits)
        return new

    __copy__ = copy

    def __reduce__(self):
        flags = [cls for cls, bits in _SIGNALS if self._flags._bits & bits]
        traps = [cls for cls, bits in _SIGNALS if self._traps._bits & bits]
        return (Context, (self._prec, self._rounding, self._emin, self._emax,
                          self._capitals, self._clamp, flags, traps))

    def __repr__(self):
        def names(bits):
            found = []
            for name, bit in _REPR_ORDER:
                if bits & bit and name not in found:
                    found.append(name)
            return '[' + ', '.join(found) + ']'
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (self._prec, self._rounding, self._emin, self._emax,
                                         self._capitals, self._clamp,
                                         names(self._flags._bits), names(self._traps._bits)))

    def _raise_error(self, condition, explanation=None, *args):
        for cls, bits in _CONDITIONS:
            if cls is condition:
                _signal(self, bits)
                return _NAN
        raise condition(explanation)

    # -- conversions --------------------------------------------------------

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            d, status = _parse(num.strip(), self)
        else:
            d, status = _from_object(Decimal, num, self, True), 0
        if status:
            _signal(self, status)
        if d._sp >= _NAN:
            if d._int and _ndigits(d._int) > self._prec - self._clamp:
                _signal(self, _CONVERSION_SYNTAX)
                return _special(0, _NAN)
            return d
        if d._sp:
            return d
        return _finish(d._sign, d._int, d._exp, self, 0)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return _finish(d._sign, d._int, d._exp, self, 0) if not d._sp else d

    # The arithmetic operations of the context are defined after Decimal.


def _ctx(context):
    if context is None:
        return getcontext()
    if type(context) is not Context and not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


_current = None


def getcontext():
    """The current thread's context."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
        _current._flags._bits = 0
    return _current


def setcontext(context):
    """Makes `context` the current thread's context."""
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags._bits = 0
    _current = context


_LOCALCONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                      'flags', 'traps')


class ContextManager(object):
    """What localcontext() gives: sets a copy of a context as the current one for the
    `with` block and puts the old one back after it."""

    __slots__ = ('local_context', 'saved_context')

    def __init__(self, ctx):
        self.local_context = ctx
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.local_context)
        return self.local_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


_ContextManager = ContextManager
del ContextManager


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of `ctx` (or of the current context) the
    current context inside a `with` block; keyword arguments set its attributes."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    local = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCALCONTEXT_KEYS:
            raise TypeError('%r is an invalid keyword argument for this function' % key)
        if key == 'flags':
            local._flags._bits = _bits_from(value, key)
        elif key == 'traps':
            local._traps._bits = _bits_from(value, key)
        else:
            setattr(local, key, value)
    return _ContextManager(local)


# ---------------------------------------------------------------------------
# The rounding step
# ---------------------------------------------------------------------------

_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3

_POW10 = [10 ** i for i in range(100)]


def _pow10(n):
    return _POW10[n] if n < 100 else 10 ** n


def _ndigits(n):
    """The number of decimal digits of the int n >= 0 (1 for 0)."""
    if n < 10 ** 18:
        if n < 10:
            return 1
        return len(str(n))
    bits = n.bit_length()
    guess = (bits * 1233) >> 12
    if guess < 4000:
        return len(str(n))
    # For very long numbers avoid str(): compare with a power of ten near the size.
    p = _pow10(guess)
    while n >= p:
        guess += 1
        p *= 10
    while guess > 1 and n < p // 10:
        guess -= 1
        p //= 10
    return guess


def _round_up(sign, kept, rest, half, rounding):
    """Whether rounding away the part `rest` (0 <= rest < 2*half) from the kept
    coefficient `kept` increments it; `half` is half a unit of the kept last digit."""
    if rest == 0:
        return False
    if rounding is ROUND_HALF_EVEN or rounding == ROUND_HALF_EVEN:
        return rest > half or (rest == half and kept & 1 == 1)
    if rounding == ROUND_HALF_UP:
        return rest >= half
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return rest > half
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    # ROUND_05UP: away from zero only if the kept last digit is 0 or 5.
    return kept % 5 == 0


def _shift_round(sign, coef, shift, rounding):
    """coef with its last `shift` digits rounded away: (new coef, whether inexact)."""
    p = _pow10(shift)
    kept, rest = divmod(coef, p)
    if rest and _round_up(sign, kept, rest, p // 2 if shift else 0, rounding):
        kept += 1
    return kept, rest != 0


def _finish(sign, coef, exp, ctx, status, rounding=None):
    """The result (sign, coef, exp) fitted to the context: libmpdec's mpd_qfinalize.
    Signals `status` plus what the fitting adds, and returns the Decimal."""
    prec = ctx._prec
    emax = ctx._emax
    if rounding is None:
        rounding = ctx._rounding
    if coef == 0:
        digits = 1
    elif coef < 10:
        digits = 1
    else:
        digits = _ndigits(coef)
    adj = exp + digits - 1
    if adj > emax:
        if coef == 0:
            exp = emax - prec + 1 if ctx._clamp else emax
            status |= _CLAMPED
        else:
            status |= _OVERFLOW | _INEXACT | _ROUNDED
            _signal(ctx, status)
            return _overflow_result(sign, ctx, rounding)
    elif ctx._clamp and exp > emax - prec + 1:
        shift = exp - (emax - prec + 1)
        coef *= _pow10(shift)
        exp -= shift
        digits += shift
        status |= _CLAMPED
        if coef and adj < ctx._emin:
            status |= _SUBNORMAL
    elif adj < ctx._emin:
        etiny = ctx._emin - prec + 1
        if coef == 0:
            if exp < etiny:
                exp = etiny
                status |= _CLAMPED
        else:
            status |= _SUBNORMAL
            if exp < etiny:
                shift = etiny - exp
                if shift > digits + 1:
                    # Far below: only the sign and "nonzero" matter.
                    coef = 1
                    shift = 2
                    exp = etiny - 2
                coef, inexact = _shift_round(sign, coef, shift, rounding)
                exp = etiny
                status |= _ROUNDED
                if inexact:
                    status |= _INEXACT | _UNDERFLOW
                    if coef == 0:
                        status |= _CLAMPED
                digits = _ndigits(coef)
    if digits > prec:
        shift = digits - prec
        coef, inexact = _shift_round(sign, coef, shift, rounding)
        exp += shift
        status |= _ROUNDED
        if inexact:
            status |= _INEXACT
        if coef == _pow10(prec):
            coef //= 10
            exp += 1
            if exp + prec - 1 > emax:
                status |= _OVERFLOW | _INEXACT | _ROUNDED
                _signal(ctx, status)
                return _overflow_result(sign, ctx, rounding)
            if ctx._clamp and exp > emax - prec + 1:
                coef *= 10
                exp -= 1
                status |= _CLAMPED
    if status:
        _signal(ctx, status)
    d = _untrack(_new(Decimal))
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._sp = _FINITE
    return d


def _overflow_result(sign, ctx, rounding):
    if (rounding == ROUND_DOWN or rounding == ROUND_05UP
            or (rounding == ROUND_CEILING and sign == 1)
            or (rounding == ROUND_FLOOR and sign == 0)):
        return _dec(sign, _pow10(ctx._prec) - 1, ctx._emax - ctx._prec + 1)
    return _special(sign, _INF)


_new = object.__new__

try:
    _untrack
except NameError:
    # Run as a plain file (no native helpers): instances stay tracked.
    def _untrack(obj):
        return obj

    def _c_type(cls):
        pass


def _dec(sign, coef, exp):
    d = _untrack(_new(Decimal))
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._sp = _FINITE
    return d


def _special(sign, kind, payload=0):
    d = _untrack(_new(Decimal))
    d._sign = sign
    d._int = payload
    d._exp = 0
    d._sp = kind
    return d


def _fix_nan(d, ctx):
    """A quiet NaN with the payload cut to the context's precision."""
    keep = ctx._prec - ctx._clamp
    payload = d._int
    if payload and _ndigits(payload) > keep:
        payload = payload % _pow10(keep) if keep > 0 else 0
    if d._sp == _NAN and payload == d._int:
        return d
    return _special(d._sign, _NAN, payload)


def _nan_result(a, b, ctx):
    """The result of an operation on `a` and `b` when either is a NaN (None if
    neither is): a signaling NaN signals InvalidOperation and is made quiet."""
    if a._sp == _SNAN:
        _signal(ctx, _INVALID_OPERATION)
        return _fix_nan(a, ctx)
    if b is not None and b._sp == _SNAN:
        _signal(ctx, _INVALID_OPERATION)
        return _fix_nan(b, ctx)
    if a._sp == _NAN:
        return _fix_nan(a, ctx)
    if b is not None and b._sp == _NAN:
        return _fix_nan(b, ctx)
    return None


def _invalid(ctx, status=_INVALID_OPERATION):
    _signal(ctx, status)
    return _special(0, _NAN)


# ---------------------------------------------------------------------------
# Conversion from other types
# ---------------------------------------------------------------------------

def _parse(s, ctx):
    """Parses a (stripped) numeric string: (Decimal, status)."""
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isdecimal() and not ch.isascii():
                chars.append(str(int(ch)))
            else:
                chars.append(ch)
        s = ''.join(chars)
    if '_' in s:
        s = s.replace('_', '')
    sign = 0
    if s[:1] in ('-', '+'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _special(sign, _INF), 0
    if low.startswith('nan') or low.startswith('snan'):
        kind = _NAN if low[0] == 'n' else _SNAN
        payload = low[3:] if kind == _NAN else low[4:]
        if payload == '':
            return _special(sign, kind), 0
        if payload.isdigit() and payload.isascii():
            value = int(payload)
            if ctx is not None and value and _ndigits(value) > ctx._prec - ctx._clamp:
                return _special(0, _NAN), _CONVERSION_SYNTAX
            return _special(sign, kind, value), 0
        return _special(0, _NAN), _CONVERSION_SYNTAX
    epos = low.find('e')
    if epos >= 0:
        mant = low[:epos]
        ex = low[epos + 1:]
        if ex[:1] in ('+', '-'):
            exdigits = ex[1:]
        else:
            exdigits = ex
        if not exdigits or not (exdigits.isdigit() and exdigits.isascii()):
            return _special(0, _NAN), _CONVERSION_SYNTAX
        exp = int(ex)
    else:
        mant = low
        exp = 0
    dot = mant.find('.')
    if dot >= 0:
        intpart = mant[:dot]
        frac = mant[dot + 1:]
    else:
        intpart = mant
        frac = ''
    digits = intpart + frac
    if not digits or not (digits.isdigit() and digits.isascii()):
        return _special(0, _NAN), _CONVERSION_SYNTAX
    return _dec(sign, int(digits), exp - len(frac)), 0


def _from_int(n):
    if type(n) is not int:
        n = int(n)
    if n < 0:
        return _dec(1, -n, 0)
    return _dec(0, n, 0)


def _from_float(f):
    if f != f:
        return _special(1 if _math.copysign(1.0, f) < 0 else 0, _NAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _special(sign, _INF)
    num, den = abs(f).as_integer_ratio()
    # den is a power of two 2**k: num / 2**k == num * 5**k / 10**k.
    k = den.bit_length() - 1
    coef = num * 5 ** k
    exp = -k
    if k == 0:
        return _dec(sign, num, 0)
    return _dec(sign, coef, exp)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        kinds = {'F': _INF, 'n': _NAN, 'N': _SNAN}
        if exp not in kinds:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = kinds[exp]
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dig in digits:
        if not (isinstance(dig, int) and 0 <= dig <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dig
    if kind == _INF:
        return _special(sign, _INF)
    if kind != _FINITE:
        return _special(sign, kind, coef)
    return _dec(sign, coef, exp)


def _from_object(cls, value, ctx, exact):
    """Decimal(value) for the non-str types."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, float):
        _signal(ctx, _FLOAT_OPERATION)
        return _from_float(value)
    if isinstance(value, (tuple, list)):
        return _from_tuple(tuple(value))
    raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)


def _convert(other):
    """An operand of an arithmetic operator as a Decimal, or None."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return None


def _convert_strict(other):
    """An operand of a method as a Decimal (ints convert; other types are refused)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)


# ---------------------------------------------------------------------------
# Decimal
# ---------------------------------------------------------------------------

_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10_INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.

    """

    __slots__ = ('_sign', '_int', '_exp', '_sp')

    def __new__(cls, value='0', context=None):
        ctx = _ctx(context)
        if isinstance(value, str):
            # The conversion is exact (CPython converts with its largest context).
            d, status = _parse(value.strip(), None)
            if status:
                _signal(ctx, status)
        else:
            d = _from_object(cls, value, ctx, True)
            if d is value and cls is Decimal and type(value) is Decimal:
                return value
        if cls is Decimal and d is not value:
            return d
        new = _new(cls)
        new._sign = d._sign
        new._int = d._int
        new._exp = d._exp
        new._sp = d._sp
        return new

    @classmethod
    def from_float(cls, f):
        """Converts a float or int to a Decimal exactly."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- predicates and simple attributes ----------------------------------

    def is_nan(self):
        return self._sp >= _NAN

    def is_qnan(self):
        return self._sp == _NAN

    def is_snan(self):
        return self._sp == _SNAN

    def is_infinite(self):
        return self._sp == _INF

    def is_finite(self):
        return self._sp == _FINITE

    def is_zero(self):
        return self._sp == _FINITE and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = _ctx(context)
        if self._sp or self._int == 0:
            return False
        return self.adjusted() >= ctx._emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        if self._sp or self._int == 0:
            return False
        return self.adjusted() < ctx._emin

    def adjusted(self):
        if self._sp:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def as_tuple(self):
        if self._sp == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, str(self._int))) if self._int else ((0,) if self._sp == _FINITE else ())
        if self._sp == _NAN:
            return DecimalTuple(self._sign, digits, 'n')
        if self._sp == _SNAN:
            return DecimalTuple(self._sign, digits, 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._sp:
            if self._sp == _INF:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        coef = self._int
        if self._exp >= 0:
            num, den = coef * _pow10(self._exp), 1
        else:
            num, den = coef, _pow10(-self._exp)
            g = _math.gcd(num, den)
            num //= g
            den //= g
        return (-num if self._sign else num), den

    # -- copies -------------------------------------------------------------

    def copy_abs(self):
        return _copy(self, 0)

    def copy_negate(self):
        return _copy(self, 1 - self._sign)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        _ctx(context)
        return _copy(self, other._sign)

    # -- conversions to other types -----------------------------------------

    def __bool__(self):
        return self._sp != _FINITE or self._int != 0

    def __int__(self):
        if self._sp:
            if self._sp == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * _pow10(self._exp)
        else:
            n = self._int // _pow10(-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def _to_int(self, rounding):
        if self._sp:
            if self._sp == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * _pow10(self._exp)
        else:
            n, _ = _shift_round(self._sign, self._int, -self._exp, rounding)
        return -n if self._sign else n

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_dec(0, 1, -n))

    def __float__(self):
        if self._sp:
            if self._sp == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            if self._sp == _NAN:
                return float('-nan') if self._sign else float('nan')
        return float(_to_sci(self, 1))

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        if self._sp:
            if self._sp == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._sp == _NAN:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int % _HASH_MODULUS * pow(10, self._exp, _HASH_MODULUS)
        else:
            h = self._int % _HASH_MODULUS * pow(_HASH_10_INV, -self._exp, _HASH_MODULUS)
        h %= _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __sizeof__(self):
        # The C object (104 bytes) holds four 19-digit words inline; a longer
        # coefficient is a separate array. refpy adds a GC header to every instance of
        # a Python class, which an exact (untracked) Decimal has not in CPython.
        words = (_ndigits(self._int) + 18) // 19
        size = 104 + (8 * words if words > 4 else 0)
        return size - 16 if type(self) is Decimal else size + 24

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return type(self)(self)

    # -- strings ------------------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % _to_sci(self, getcontext()._capitals)

    def __str__(self):
        return _to_sci(self, getcontext()._capitals)

    def to_eng_string(self, context=None):
        return _to_sci(self, _ctx(context)._capitals, True)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # -- comparisons --------------------------------------------------------

    def _cmp_operand(self, other, equality):
        """(self, other) as Decimals for a comparison with `other`, or None if the
        comparison is not supported (NotImplemented)."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx._flags._bits |= _FLOAT_OPERATION
            else:
                _signal(ctx, _FLOAT_OPERATION)
            return _from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            getcontext()._flags._bits |= _FLOAT_OPERATION
            return _from_float(other.real)
        if isinstance(other, _numbers.Rational):
            return other
        return None

    def _compare_with(self, other, equality):
        """-1, 0, 1, or None when a NaN is involved (after signaling what must be)."""
        if not isinstance(other, Decimal):
            # A Rational: compare self * den with num exactly.
            if self._sp >= _NAN:
                if self._sp == _SNAN or not equality:
                    _signal(getcontext(), _INVALID_OPERATION)
                return None
            num, den = other.numerator, other.denominator
            if self._sp == _INF:
                return -1 if self._sign else 1
            return _cmp_finite(self, _mul_int(self, den), num)
        if self._sp >= _NAN or other._sp >= _NAN:
            if self._sp == _SNAN or other._sp == _SNAN or not equality:
                _signal(getcontext(), _INVALID_OPERATION)
            return None
        return _cmp(self, other)

    def __eq__(self, other):
        other = self._cmp_operand(other, True)
        if other is None:
            return NotImplemented
        return self._compare_with(other, True) == 0

    def __ne__(self, other):
        other = self._cmp_operand(other, True)
        if other is None:
            return NotImplemented
        return self._compare_with(other, True) != 0

    def __lt__(self, other):
        other = self._cmp_operand(other, False)
        if other is None:
            return NotImplemented
        c = self._compare_with(other, False)
        return c is not None and c < 0

    def __le__(self, other):
        other = self._cmp_operand(other, False)
        if other is None:
            return NotImplemented
        c = self._compare_with(other, False)
        return c is not None and c <= 0

    def __gt__(self, other):
        other = self._cmp_operand(other, False)
        if other is None:
            return NotImplemented
        c = self._compare_with(other, False)
        return c is not None and c > 0

    def __ge__(self, other):
        other = self._cmp_operand(other, False)
        if other is None:
            return NotImplemented
        c = self._compare_with(other, False)
        return c is not None and c >= 0

    # -- arithmetic operators -------------------------------------------------

    def __add__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _add(self, other, getcontext(), 0)

    def __radd__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _add(other, self, getcontext(), 0)

    def __sub__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _add(self, other, getcontext(), 1)

    def __rsub__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _add(other, self, getcontext(), 1)

    def __mul__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _mul(self, other, getcontext())

    def __rmul__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _mul(other, self, getcontext())

    def __truediv__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _div(self, other, getcontext())

    def __rtruediv__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _div(other, self, getcontext())

    def __floordiv__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _divmod(self, other, getcontext(), 1)

    def __rfloordiv__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _divmod(other, self, getcontext(), 1)

    def __mod__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _divmod(self, other, getcontext(), 2)

    def __rmod__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _divmod(other, self, getcontext(), 2)

    def __divmod__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _divmod(self, other, getcontext(), 3)

    def __rdivmod__(self, other):
        other = _convert(other)
        if other is None:
            return NotImplemented
        return _divmod(other, self, getcontext(), 3)

    def __pow__(self, other, modulo=None):
        other = _convert(other)
        if other is None:
            return NotImplemented
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is None:
                return NotImplemented
            return _powmod(self, other, modulo, getcontext())
        return _power(self, other, getcontext())

    def __rpow__(self, other, modulo=None):
        other = _convert(other)
        if other is None:
            return NotImplemented
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is None:
                return NotImplemented
            return _powmod(other, self, modulo, getcontext())
        return _power(other, self, getcontext())

    def __neg__(self):
        return _minus(self, getcontext())

    def __pos__(self):
        return _plus(self, getcontext())

    def __abs__(self):
        return _abs(self, getcontext())

    # -- arithmetic methods ---------------------------------------------------

    def sqrt(self, context=None):
        return _sqrt(self, _ctx(context))

    def exp(self, context=None):
        return _exp(self, _ctx(context))

    def ln(self, context=None):
        return _ln(self, _ctx(context))

    def log10(self, context=None):
        return _log10(self, _ctx(context))

    def logb(self, context=None):
        return _logb(self, _ctx(context))

    def normalize(self, context=None):
        return _normalize(self, _ctx(context))

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert_strict(exp)
        ctx = _ctx(context)
        if rounding is not None:
            if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
                raise TypeError(_ROUNDING_MESSAGE)
        return _quantize(self, exp, ctx, rounding)

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        _ctx(context)
        if self._sp or other._sp:
            return (self._sp >= _NAN and other._sp >= _NAN) or (
                self._sp == _INF and other._sp == _INF)
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        return _to_integral(self, ctx, _rounding_arg(rounding, ctx), False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        return _to_integral(self, ctx, _rounding_arg(rounding, ctx), True)

    def compare(self, other, context=None):
        return _compare(self, _convert_strict(other), _ctx(context), False)

    def compare_signal(self, other, context=None):
        return _compare(self, _convert_strict(other), _ctx(context), True)

    def compare_total(self, other, context=None):
        other = _convert_strict(other)
        _ctx(context)
        return _DEC_INTS[_compare_total(self, other)]

    def compare_total_mag(self, other, context=None):
        other = _convert_strict(other)
        _ctx(context)
        return _DEC_INTS[_compare_total(_copy(self, 0), _copy(other, 0))]

    def max(self, other, context=None):
        return _minmax(self, _convert_strict(other), _ctx(context), 1, False)

    def min(self, other, context=None):
        return _minmax(self, _convert_strict(other), _ctx(context), -1, False)

    def max_mag(self, other, context=None):
        return _minmax(self, _convert_strict(other), _ctx(context), 1, True)

    def min_mag(self, other, context=None):
        return _minmax(self, _convert_strict(other), _ctx(context), -1, True)

    def fma(self, other, third, context=None):
        other = _convert_strict(other)
        third = _convert_strict(third)
        return _fma(self, other, third, _ctx(context))

    def scaleb(self, other, context=None):
        return _scaleb(self, _convert_strict(other), _ctx(context))

    def remainder_near(self, other, context=None):
        return _remainder_near(self, _convert_strict(other), _ctx(context))

    def next_plus(self, context=None):
        return _next(self, _ctx(context), 1)

    def next_minus(self, context=None):
        return _next(self, _ctx(context), -1)

    def next_toward(self, other, context=None):
        return _next_toward(self, _convert_strict(other), _ctx(context))

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._sp == _SNAN:
            return 'sNaN'
        if self._sp == _NAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._sp == _INF:
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx._emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def shift(self, other, context=None):
        return _shift_rotate(self, _convert_strict(other), _ctx(context), False)

    def rotate(self, other, context=None):
        return _shift_rotate(self, _convert_strict(other), _ctx(context), True)

    def logical_and(self, other, context=None):
        return _logical(self, _convert_strict(other), _ctx(context), lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return _logical(self, _convert_strict(other), _ctx(context), lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return _logical(self, _convert_strict(other), _ctx(context), lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return _logical(self, _dec(0, int('1' * ctx._prec), 0), ctx, lambda x, y: x ^ y)


_numbers.Number.register(Decimal)
_c_type(Decimal)
_c_type(Context)


def _copy(d, sign):
    new = _untrack(_new(Decimal))
    new._sign = sign
    new._int = d._int
    new._exp = d._exp
    new._sp = d._sp
    return new


def _rounding_arg(rounding, ctx):
    if rounding is None:
        return ctx._rounding
    if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
        raise TypeError(_ROUNDING_MESSAGE)
    return rounding


# ---------------------------------------------------------------------------
# Strings
# ---------------------------------------------------------------------------

def _to_sci(d, capitals, eng=False):
    """to-sci-string (or to-eng-string) of the specification."""
    sign = '-' if d._sign else ''
    if d._sp:
        if d._sp == _INF:
            return sign + 'Infinity'
        payload = str(d._int) if d._int else ''
        return sign + ('NaN' if d._sp == _NAN else 'sNaN') + payload
    digits = str(d._int)
    exp = d._exp
    n = len(digits)
    adj = exp + n - 1
    if exp <= 0 and adj >= -6:
        # Plain notation.
        if exp == 0:
            return sign + digits
        point = n + exp
        if point > 0:
            return sign + digits[:point] + '.' + digits[point:]
        return sign + '0.' + '0' * -point + digits
    # Exponential notation: one digit before the point (sci), or 1-3 (eng).
    if not eng:
        lead = 1
    elif d._int == 0:
        # A zero keeps its exponent a multiple of three by writing zeros after the point.
        lead = 1
        e3 = adj % 3
        if e3:
            # e.g. 0E+4 -> 0.00E+6
            adj += 3 - e3
            lead = e3 - 3
    else:
        lead = adj % 3 + 1
        adj -= lead - 1
    if lead <= 0:
        body = '0.' + '0' * -lead
    elif lead >= n:
        body = digits + '0' * (lead - n)
    else:
        body = digits[:lead] + '.' + digits[lead:]
    if adj == 0:
        return sign + body
    e = 'E' if capitals else 'e'
    return sign + body + e + ('+' if adj > 0 else '-') + str(abs(adj))


_DIGITS = '0123456789'


def _parse_spec(spec, capitals):
    """A format spec as libmpdec's mpd_parse_fmt_str reads it: (fill, align, sign,
    width, dot, sep, prec, type). align 'z' is zero padding; prec -1 is none; dot and
    sep are set by ',' (and dot alone by 'n'). Raises ValueError if it is invalid."""
    n = len(spec)
    i = 0
    fill = ' '
    align = '>'
    sign = '-'
    width = 0
    dot = sep = ''
    prec = -1
    kind = 'G' if capitals else 'g'
    have_align = False
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
        have_align = True
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
        have_align = True
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    if i < n and spec[i] == '0':
        # Zero padding is an alignment: not allowed after an explicit one.
        if have_align:
            raise ValueError('invalid format string')
        align = 'z'
        fill = '0'
        i += 1
    if i < n and spec[i] in _DIGITS:
        if spec[i] == '0':
            raise ValueError('invalid format string')
        j = i
        while j < n and spec[j] in _DIGITS:
            j += 1
        width = int(spec[i:j])
        i = j
    if i < n and spec[i] == ',':
        dot, sep = '.', ','
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while j < n and spec[j] in _DIGITS:
            j += 1
        if j == i:
            raise ValueError('invalid format string')
        prec = int(spec[i:j])
        i = j
    if i < n and spec[i] in 'EeFfGg%':
        kind = spec[i]
        i += 1
    elif i < n and spec[i] in 'Nn':
        # The C locale: '.' for the point, no grouping.
        if sep:
            raise ValueError('invalid format string')
        kind = 'G' if spec[i] == 'N' else 'g'
        dot, sep = '.', ''
        i += 1
    if i != n:
        raise ValueError('invalid format string')
    return fill, align, sign, width, dot, sep, prec, kind


def _rescale(sign, coef, exp, new_exp, rounding):
    """(coef, exp) moved to the exponent new_exp, rounding if digits go."""
    if new_exp <= exp:
        return coef * _pow10(exp - new_exp), new_exp
    shift = new_exp - exp
    nd = _ndigits(coef)
    if shift > nd + 1:
        coef, shift = (1 if coef else 0), 2
    coef, _ = _shift_round(sign, coef, shift, rounding)
    return coef, new_exp


def _format(d, spec):
    """format(d, spec): libmpdec's mpd_qformat_spec, with the 'z' option handled as
    CPython's dec_format does (the first 'z' is taken out of the spec)."""
    if not isinstance(spec, str):
        raise TypeError('format spec must be a string')
    ctx = getcontext()
    no_neg_0 = False
    z = spec.find('z')
    if z >= 0:
        no_neg_0 = True
        spec = spec[:z] + spec[z + 1:]
    fill, align, signopt, width, dot, sep, prec, kind = _parse_spec(spec, ctx._capitals)
    upper = kind in 'EFG'
    kind = kind.lower()
    percent = kind == '%'
    neg = d._sign == 1
    if neg:
        sign = '-'
    elif signopt in '+ ':
        sign = signopt
    else:
        sign = ''
    if d._sp:
        if align == 'z':
            fill, align = ' ', '>'
        if d._sp == _INF:
            body = 'Infinity'
        else:
            body = ('NaN' if d._sp == _NAN else 'sNaN') + (str(d._int) if d._int else '')
        text = sign + body + ('%' if percent else '')
        return _format_pad(text, len(sign), fill, align, width)
    rounding = ctx._rounding
    coef, exp = d._int, d._exp
    if percent:
        exp += 2
        kind = 'f'
    dplace = 1
    if prec >= 0:
        if kind == 'g':
            p = prec if prec else 1
            if _ndigits(coef) > p:
                coef, exp = _fmt_round(d._sign, coef, exp, p, rounding)
        elif kind == 'e':
            if coef == 0:
                dplace = 1 - prec
            else:
                coef, exp = _fmt_round(d._sign, coef, exp, prec + 1, rounding)
        else:
            coef, exp = _rescale(d._sign, coef, exp, -prec, rounding)
    if kind == 'f' and coef == 0 and exp > 0:
        exp = 0
    # CPython decides on the rounding of lower-case types only (its switch on the
    # type has no upper-case cases): 'Z.0F' keeps the sign of a rounded -0.
    if no_neg_0 and neg and coef == 0 and (not upper or d._int == 0):
        neg = False
        sign = signopt if signopt in '+ ' else ''
    digits = str(coef)
    nd = len(digits)
    ldigits = nd + exp
    if kind == 'e':
        pass
    elif kind == 'f' or (exp <= 0 and ldigits > -6):
        dplace = ldigits
    if dplace <= 0:
        intpart, point, rest = '0', '.', '0' * -dplace + digits
    elif dplace >= nd:
        intpart, point, rest = digits + '0' * (dplace - nd), '', ''
    else:
        intpart, point, rest = digits[:dplace], '.', digits[dplace:]
    if ldigits != dplace or kind == 'e':
        rest += ('E' if upper else 'e') + '%+d' % (ldigits - dplace)
    if percent:
        rest += '%'
    if dot and (point or sep):
        text = _add_sep_dot(sign, intpart, point and dot, rest, sep, align, width)
    else:
        text = sign + intpart + point + rest
    return _format_pad(text, len(sign), fill, align, width)


def _fmt_round(sign, coef, exp, p, rounding):
    """coef * 10**exp rounded to p significant digits (libmpdec's _mpd_round)."""
    target = exp + _ndigits(coef) - p
    coef, exp = _rescale(sign, coef, exp, target, rounding)
    if _ndigits(coef) > p:
        coef, exp = _rescale(sign, coef, exp, target + 1, rounding)
    return coef, exp


def _add_sep_dot(sign, intpart, dot, rest, sep, align, width):
    """The number with separators between groups of three integer digits; with zero
    padding, zeros and separators continue up to the width (a separator never comes
    first). libmpdec's _mpd_add_sep_dot, built from the right."""
    pieces = [rest]
    nchars = len(rest)
    if dot:
        pieces.append(dot)
        nchars += 1
    group = 3 if sep else 0
    n_sign = len(sign)
    n_src = len(intpart)
    consume = group
    pad = False
    while True:
        if group == 0 or consume > n_src:
            consume = n_src
        n_src -= consume
        piece = '0' * consume if pad else intpart[n_src:n_src + consume]
        pieces.append(piece)
        nchars += len(piece)
        if n_src == 0:
            if align == 'z' and nchars + n_sign < width:
                n_src = width - (nchars + n_sign)
                consume = group - consume
                pad = True
                continue
            break
        if sep:
            if pad and n_src > 1:
                n_src -= 1
            pieces.append(sep)
            nchars += 1
        consume = group
    pieces.append(sign)
    return ''.join(reversed(pieces))


def _format_pad(text, n_sign, fill, align, width):
    add = width - len(text)
    if add <= 0:
        return text
    if align == 'z':
        align = '='
    if align == '<':
        return text + fill * add
    if align == '>':
        return fill * add + text
    if align == '=':
        if text[:1] in ('-', '+', ' ') and n_sign:
            return text[0] + fill * add + text[1:]
        return fill * add + text
    left = add // 2
    return fill * left + text + fill * (add - left)


# ---------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------

def _mul_int(d, n):
    """The finite Decimal d times the int n, exactly."""
    if n < 0:
        return _dec(1 - d._sign, d._int * -n, d._exp)
    return _dec(d._sign, d._int * n, d._exp)


def _cmp_finite(d, scaled, num):
    """Compares the finite Decimal `scaled` (= d * den) with the int num."""
    return _cmp(scaled, _from_int(num))


def _cmp(a, b):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if a._sp or b._sp:
        va = 0 if not a._sp else (-2 if a._sign else 2)
        vb = 0 if not b._sp else (-2 if b._sign else 2)
        if va or vb:
            if va == vb:
                return 0
            if va and vb:
                return -1 if va < vb else 1
            if va:
                return -1 if va < 0 else 1
            return 1 if vb < 0 else -1
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    # Same sign: compare magnitudes.
    adj_a = a._exp + _ndigits(a._int)
    adj_b = b._exp + _ndigits(b._int)
    if adj_a != adj_b:
        c = 1 if adj_a > adj_b else -1
    else:
        if a._exp >= b._exp:
            x, y = a._int * _pow10(a._exp - b._exp), b._int
        else:
            x, y = a._int, b._int * _pow10(b._exp - a._exp)
        c = (x > y) - (x < y)
    return -c if a._sign else c


_DEC_INTS = {-1: None, 0: None, 1: None}


def _compare(a, b, ctx, signal_all):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        if signal_all and nan._sp == _NAN and a._sp != _SNAN and b._sp != _SNAN:
            _signal(ctx, _INVALID_OPERATION)
            return _special(0, _NAN)
        return nan
    return _DEC_INTS[_cmp(a, b)]


def _compare_total(a, b):
    """The total ordering of the specification: -1, 0 or 1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    sign = a._sign
    rank = {_FINITE: 0, _INF: 1, _NAN: 3, _SNAN: 2}
    ra, rb = rank[a._sp], rank[b._sp]
    if ra != rb:
        c = 1 if ra > rb else -1
    elif a._sp >= _NAN:
        c = (a._int > b._int) - (a._int < b._int)
    elif a._sp == _INF:
        c = 0
    else:
        c = _cmp(_copy(a, 0), _copy(b, 0))
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if sign else c


def _minmax(a, b, ctx, which, mag):
    if a._sp >= _NAN or b._sp >= _NAN:
        if a._sp == _SNAN or b._sp == _SNAN:
            return _nan_result(a, b, ctx)
        if a._sp == _NAN and b._sp == _NAN:
            return _nan_result(a, b, ctx)
        winner = b if a._sp == _NAN else a
        return _plus_exact(winner, ctx)
    if mag:
        c = _cmp(_copy(a, 0), _copy(b, 0))
        if c == 0:
            c = _cmp(a, b)
    else:
        c = _cmp(a, b)
    if c == 0:
        c = _compare_total(a, b)
    winner = a if c * which >= 0 else b
    return _plus_exact(winner, ctx)


def _plus_exact(d, ctx):
    if d._sp:
        return d
    return _finish(d._sign, d._int, d._exp, ctx, 0)


# ---------------------------------------------------------------------------
# Arithmetic
# ---------------------------------------------------------------------------

def _add(a, b, ctx, negate_b):
    """a + b, or a - b when negate_b."""
    if a._sp or b._sp:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        bsign = b._sign ^ negate_b
        if a._sp == _INF:
            if b._sp == _INF and a._sign != bsign:
                return _invalid(ctx)
            return _special(a._sign, _INF)
        return _special(bsign, _INF)
    asign, acoef, aexp = a._sign, a._int, a._exp
    bsign, bcoef, bexp = b._sign ^ negate_b, b._int, b._exp
    if aexp != bexp and acoef and bcoef:
        # An operand far below the other's precision only counts as a sticky digit.
        if aexp > bexp:
            big_exp, big_adj = aexp, aexp + _ndigits(acoef) - 1
            limit = min(big_exp, big_adj - ctx._prec - 2) - 1
            if bexp + _ndigits(bcoef) - 1 < limit:
                bcoef, bexp = 1, limit - 1
        else:
            big_exp, big_adj = bexp, bexp + _ndigits(bcoef) - 1
            limit = min(big_exp, big_adj - ctx._prec - 2) - 1
            if aexp + _ndigits(acoef) - 1 < limit:
                acoef, aexp = 1, limit - 1
    if aexp > bexp:
        acoef *= _pow10(aexp - bexp)
        exp = bexp
    elif bexp > aexp:
        bcoef *= _pow10(bexp - aexp)
        exp = aexp
    else:
        exp = aexp
    x = -acoef if asign else acoef
    y = -bcoef if bsign else bcoef
    total = x + y
    if total == 0:
        # An exact zero is positive unless both were negative or rounding is FLOOR.
        if asign and bsign:
            sign = 1
        elif asign != bsign and ctx._rounding == ROUND_FLOOR:
            sign = 1
        else:
            sign = 0
        return _finish(sign, 0, exp, ctx, 0)
    if total < 0:
        return _finish(1, -total, exp, ctx, 0)
    return _finish(0, total, exp, ctx, 0)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._sp or b._sp:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if (a._sp == _INF and b._sp == _FINITE and b._int == 0) or (
                b._sp == _INF and a._sp == _FINITE and a._int == 0):
            return _invalid(ctx)
        return _special(sign, _INF)
    return _finish(sign, a._int * b._int, a._exp + b._exp, ctx, 0)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._sp or b._sp:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._sp == _INF:
            if b._sp == _INF:
                return _invalid(ctx)
            return _special(sign, _INF)
        # finite / infinity: zero with the smallest exponent.
        _signal(ctx, _CLAMPED)
        return _dec(sign, 0, ctx._emin - ctx._prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _DIVISION_UNDEFINED)
        _signal(ctx, _DIVISION_BY_ZERO)
        return _special(sign, _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(sign, 0, ideal, ctx, 0)
    prec = ctx._prec
    da = _ndigits(a._int)
    db = _ndigits(b._int)
    # Scale the dividend so that the quotient has at least prec + 1 digits.
    shift = prec + 1 + db - da
    if shift < 0:
        shift = 0
    q, r = divmod(a._int * _pow10(shift), b._int)
    exp = ideal - shift
    if r:
        return _finish(sign, q * 10 + 1, exp - 1, ctx, 0)
    # Exact: the exponent closest to the ideal one.
    while exp < ideal and q % 10 == 0:
        q //= 10
        exp += 1
    return _finish(sign, q, exp, ctx, 0)


def _int_quotient(a, b, ctx):
    """The truncated integer quotient of finite a / b (b nonzero) as an int, with the
    remainder's coefficient and exponent; None when it has more than prec digits."""
    aexp, bexp = a._exp, b._exp
    if a._int == 0:
        return 0, 0, min(aexp, bexp)
    adj_a = aexp + _ndigits(a._int) - 1
    adj_b = bexp + _ndigits(b._int) - 1
    if adj_a < adj_b:
        # |a| < |b|: the quotient is 0 and the remainder is a.
        if aexp > bexp:
            return 0, a._int * _pow10(aexp - bexp), bexp
        return 0, a._int, aexp
    if adj_a - adj_b > ctx._prec:
        return None
    if aexp >= bexp:
        x, y, exp = a._int * _pow10(aexp - bexp), b._int, bexp
    else:
        x, y, exp = a._int, b._int * _pow10(bexp - aexp), aexp
    q, r = divmod(x, y)
    if q and _ndigits(q) > ctx._prec:
        return None
    return q, r, exp


def _divmod(a, b, ctx, which):
    """a // b (which 1), a % b (2) or divmod(a, b) (3)."""
    if a._sp or b._sp:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return (nan, nan) if which == 3 else nan
        sign = a._sign ^ b._sign
        if a._sp == _INF:
            if b._sp == _INF:
                r = _invalid(ctx)
                return (r, r) if which == 3 else r
            if which == 1:
                return _special(sign, _INF)
            r = _invalid(ctx)
            if which == 2:
                return r
            return (_special(sign, _INF), r)
        # finite op infinity
        q = _dec(sign, 0, 0)
        if which == 1:
            return q
        r = _finish(a._sign, a._int, a._exp, ctx, 0)
        return r if which == 2 else (q, r)
    sign = a._sign ^ b._sign
    if b._int == 0:
        if a._int == 0:
            r = _invalid(ctx, _DIVISION_UNDEFINED)
            return (r, r) if which == 3 else r
        if which == 1:
            _signal(ctx, _DIVISION_BY_ZERO)
            return _special(sign, _INF)
        if which == 2:
            return _invalid(ctx)
        _signal(ctx, _DIVISION_BY_ZERO | _INVALID_OPERATION)
        return (_special(sign, _INF), _special(0, _NAN))
    res = _int_quotient(a, b, ctx)
    if res is None:
        r = _invalid(ctx, _DIVISION_IMPOSSIBLE)
        return (r, r) if which == 3 else r
    q, r, rexp = res
    if which == 1:
        return _finish(sign, q, 0, ctx, 0)
    rem = _finish(a._sign, r, rexp, ctx, 0)
    if which == 2:
        return rem
    return (_finish(sign, q, 0, ctx, 0), rem)


def _remainder_near(a, b, ctx):
    if a._sp or b._sp:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._sp == _INF:
            return _invalid(ctx)
        return _finish(a._sign, a._int, a._exp, ctx, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _DIVISION_UNDEFINED)
        return _invalid(ctx)
    res = _int_quotient(a, b, ctx)
    if res is None:
        return _invalid(ctx, _DIVISION_IMPOSSIBLE)
    q, r, exp = res
    # The divisor at the remainder's exponent.
    y = b._int * _pow10(b._exp - exp)
    sign = a._sign
    if 2 * r > y or (2 * r == y and q & 1):
        r = y - r
        sign ^= 1
        q += 1
    if q and _ndigits(q) > ctx._prec:
        return _invalid(ctx, _DIVISION_IMPOSSIBLE)
    return _finish(sign, r, exp, ctx, 0)


def _plus(a, ctx):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        return _special(a._sign, _INF)
    sign = a._sign
    if a._int == 0 and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _finish(sign, a._int, a._exp, ctx, 0)


def _minus(a, ctx):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        return _special(1 - a._sign, _INF)
    sign = 1 - a._sign
    if a._int == 0 and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _finish(sign, a._int, a._exp, ctx, 0)


def _abs(a, ctx):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        return _special(0, _INF)
    return _finish(0, a._int, a._exp, ctx, 0)


def _fma(a, b, c, ctx):
    """a * b + c with one rounding."""
    if a._sp or b._sp:
        if a._sp == _SNAN or b._sp == _SNAN or c._sp == _SNAN:
            for x in (a, b, c):
                if x._sp == _SNAN:
                    _signal(ctx, _INVALID_OPERATION)
                    return _fix_nan(x, ctx)
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if (a._sp == _INF and b._sp == _FINITE and b._int == 0) or (
                b._sp == _INF and a._sp == _FINITE and a._int == 0):
            return _invalid(ctx)
        product = _special(a._sign ^ b._sign, _INF)
    else:
        if c._sp == _SNAN:
            _signal(ctx, _INVALID_OPERATION)
            return _fix_nan(c, ctx)
        product = _dec(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    return _add(product, c, ctx, 0)


def _quantize(a, e, ctx, rounding):
    if a._sp or e._sp:
        nan = _nan_result(a, e, ctx)
        if nan is not None:
            return nan
        if a._sp == _INF and e._sp == _INF:
            return _special(a._sign, _INF)
        return _invalid(ctx)
    exp = e._exp
    if exp > ctx._emax or exp < ctx._emin - ctx._prec + 1:
        return _invalid(ctx)
    if rounding is None:
        rounding = ctx._rounding
    coef = a._int
    status = 0
    if a._exp >= exp:
        coef *= _pow10(a._exp - exp)
    elif coef:
        shift = exp - a._exp
        nd = _ndigits(coef)
        if shift > nd + 1:
            # Every digit goes: only whether it was zero matters.
            coef, shift = (1 if coef else 0), 2
        coef, inexact = _shift_round(a._sign, coef, shift, rounding)
        status |= _ROUNDED
        if inexact:
            status |= _INEXACT
    if coef and (_ndigits(coef) > ctx._prec or exp + _ndigits(coef) - 1 > ctx._emax):
        return _invalid(ctx)
    return _finish(a._sign, coef, exp, ctx, status)


def _to_integral(a, ctx, rounding, exact):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        return a
    if a._exp >= 0:
        return a
    coef, inexact = _shift_round(a._sign, a._int, -a._exp, rounding)
    if exact and a._int:
        status = _ROUNDED | (_INEXACT if inexact else 0)
        _signal(ctx, status)
    return _dec(a._sign, coef, 0)


def _normalize(a, ctx):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        return a
    d = _finish(a._sign, a._int, a._exp, ctx, 0)
    if d._sp:
        return d
    if d._int == 0:
        return _dec(d._sign, 0, 0)
    coef, exp = d._int, d._exp
    top = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
    while coef % 10 == 0 and exp < top:
        coef //= 10
        exp += 1
    return _dec(d._sign, coef, exp)


def _scaleb(a, b, ctx):
    if a._sp or b._sp:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if b._sp == _INF or (b._sp == _FINITE and b._exp != 0):
            return _invalid(ctx)
        return a
    if b._exp != 0:
        return _invalid(ctx)
    limit = 2 * (ctx._emax + ctx._prec)
    n = -b._int if b._sign else b._int
    if abs(n) > limit:
        return _invalid(ctx)
    return _finish(a._sign, a._int, a._exp + n, ctx, 0)


def _logb(a, ctx):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        return _special(0, _INF)
    if a._int == 0:
        _signal(ctx, _DIVISION_BY_ZERO)
        return _special(1, _INF)
    return _finish_int(a.adjusted(), ctx)


def _finish_int(n, ctx):
    return _finish(1 if n < 0 else 0, abs(n), 0, ctx, 0)


def _next(a, ctx, direction):
    """next_plus (direction 1) / next_minus (-1), as libmpdec: the operand rounded
    toward the direction if that is inexact, else the operand plus or minus a quantity
    below the smallest subnormal. Only errors signal."""
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        if (a._sign == 0) == (direction > 0):
            return _special(a._sign, _INF)
        return _dec(a._sign, _pow10(ctx._prec) - 1, ctx._emax - ctx._prec + 1)
    work = ctx.copy()
    work._rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    work._traps._bits = 0
    work._flags._bits = 0
    result = _finish(a._sign, a._int, a._exp, work, 0)
    if not work._flags._bits & (_INEXACT | _IEEE_INVALID | _DIVISION_BY_ZERO):
        work._flags._bits = 0
        tiny = _dec(0, 1, ctx._emin - ctx._prec)
        result = _add(a, tiny, work, 1 if direction < 0 else 0)
    errors = work._flags._bits & (_IEEE_INVALID | _DIVISION_BY_ZERO)
    if errors:
        _signal(ctx, errors)
    return result


def _next_toward(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    c = _cmp(a, b)
    if c == 0:
        return _copy(a, b._sign)
    result = _next(a, ctx, -1 if c > 0 else 1)
    status = 0
    if result._sp == _INF:
        status = _OVERFLOW | _INEXACT | _ROUNDED
    elif result._sp == _FINITE and result._exp + _ndigits(result._int) - 1 < ctx._emin:
        status = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if result._int == 0:
            status |= _CLAMPED
    if status:
        _signal(ctx, status)
    return result


def _shift_rotate(a, b, ctx, rotate):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    if b._sp or b._exp != 0:
        return _invalid(ctx)
    n = -b._int if b._sign else b._int
    prec = ctx._prec
    if not -prec <= n <= prec:
        return _invalid(ctx)
    if a._sp:
        return a
    coef = a._int % _pow10(prec)
    if rotate:
        n %= prec
        coef = (coef * _pow10(n)) % _pow10(prec) + coef // _pow10(prec - n)
    elif n >= 0:
        coef = (coef * _pow10(n)) % _pow10(prec)
    else:
        coef //= _pow10(-n)
    return _dec(a._sign, coef, a._exp)


def _logical(a, b, ctx, op):
    def digits_of(d):
        if d._sp or d._sign or d._exp != 0:
            return None
        s = str(d._int)
        if s.strip('01'):
            return None
        return s
    x, y = digits_of(a), digits_of(b)
    if x is None or y is None or len(x) > ctx._prec or len(y) > ctx._prec:
        return _invalid(ctx)
    return _dec(0, int(bin(op(int(x, 2), int(y, 2)))[2:]), 0)


# ---------------------------------------------------------------------------
# Square root, exponential and logarithms
# ---------------------------------------------------------------------------

def _sqrt(a, ctx):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        if a._sign:
            return _invalid(ctx)
        return a
    ideal = a._exp // 2
    if a._int == 0:
        return _finish(a._sign, 0, ideal, ctx, 0, ROUND_HALF_EVEN)
    if a._sign:
        return _invalid(ctx)
    prec = ctx._prec
    coef, exp = a._int, a._exp
    # Make the coefficient have at least 2 * (prec + 1) digits and the exponent even.
    nd = _ndigits(coef)
    shift = max(0, 2 * (prec + 1) - nd + 1)
    if (exp - shift) % 2:
        shift += 1
    coef *= _pow10(shift)
    exp -= shift
    root = _math.isqrt(coef)
    exp //= 2
    if root * root != coef:
        return _finish(0, root * 10 + 1, exp - 1, ctx, 0, ROUND_HALF_EVEN)
    while exp < ideal and root % 10 == 0:
        root //= 10
        exp += 1
    return _finish(0, root, exp, ctx, 0, ROUND_HALF_EVEN)


# Fixed-point helpers: a value v is held as the int round(v * 10**p).

_LN_CACHE = {}


def _atanh_inv(n, p):
    """atanh(1/n) at p digits (error a few units)."""
    scale = _pow10(p)
    term = scale // n
    total = term
    n2 = n * n
    k = 1
    while term:
        term //= n2
        k += 2
        total += term // k
    return total


def _ln2(p):
    key = ('2', p)
    if key not in _LN_CACHE:
        _LN_CACHE[key] = 2 * _atanh_inv(3, p + 5) // 10 ** 5
    return _LN_CACHE[key]


def _ln10(p):
    key = ('10', p)
    if key not in _LN_CACHE:
        q = p + 5
        _LN_CACHE[key] = (3 * 2 * _atanh_inv(3, q) + 2 * _atanh_inv(9, q)) // 10 ** 5
    return _LN_CACHE[key]


def _ln_fixed(coef, exp, p):
    """ln(coef * 10**exp) (coef > 0) at p digits, error below 100 units."""
    nd = _ndigits(coef)
    e10 = exp + nd - 1          # the value is m * 10**e10 with 1 <= m < 10
    g = p + 10
    scale = _pow10(g)
    # m at g digits (exact when coef fits, truncated otherwise).
    if nd - 1 <= g:
        m = coef * _pow10(g - (nd - 1))
    else:
        m = coef // _pow10(nd - 1 - g)
    # m = 2**j * r with r in [0.75, 1.5).
    j = 0
    while m >= 3 * scale // 2:
        m //= 2
        j += 1
    # ln(m) = 2 atanh((m - 1)/(m + 1)).
    zneg = m < scale
    z = abs(m - scale) * scale // (m + scale)
    z2 = z * z // scale
    term = z
    total = z
    k = 1
    while term:
        term = term * z2 // scale
        k += 2
        total += term // k
    if zneg:
        total = -total
    ln_m = 2 * total + j * _ln2(g)
    if e10:
        extra = _ndigits(abs(e10))
        ln_m += e10 * _ln10(g + extra) // _pow10(extra)
    return ln_m // _pow10(10) if ln_m >= 0 else -((-ln_m) // _pow10(10))


def _exp_fixed(coef, exp, sign, p):
    """exp(x) for x = (-1)**sign * coef * 10**exp as (mantissa, e): exp(x) is close to
    mantissa * 10**(e - p), mantissa about p digits, error below 100 units."""
    g = p + 10
    # x at g + extra digits.
    extra = max(0, exp + _ndigits(coef)) + 2
    gx = g + extra
    if exp + gx >= 0:
        xf = coef * _pow10(exp + gx)
    else:
        xf = coef // _pow10(-(exp + gx))
    if sign:
        xf = -xf
    ln10 = _ln10(gx + 2) // 100
    # x = q * ln10 + r, |r| <= ln10 / 2.
    q = (2 * xf + ln10) // (2 * ln10)
    r = xf - q * ln10
    r //= _pow10(extra)
    scale = _pow10(g)
    # Halve r until small, then Taylor, then square back.
    halvings = 0
    while abs(r) > scale // 100:
        r //= 2
        halvings += 1
    term = scale
    total = scale
    k = 1
    while term:
        term = term * r // (scale * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // scale
    # exp(x) = total * 10**(q - g)
    return total, q - g + p


def _ziv(sign, approx, exp, err, ctx):
    """Rounds approx * 10**exp (true value within err units) to the context with
    ROUND_HALF_EVEN if both ends of the interval round alike; None otherwise."""
    lo = approx - err
    hi = approx + err
    if lo <= 0:
        return None
    prec = ctx._prec
    nlo = _ndigits(lo)
    nhi = _ndigits(hi)
    if nlo != nhi or nlo <= prec + 1:
        return None
    shift = nlo - prec
    clo, _ = _shift_round(sign, lo, shift, ROUND_HALF_EVEN)
    chi, _ = _shift_round(sign, hi, shift, ROUND_HALF_EVEN)
    if clo != chi:
        return None
    # Subnormal results round at a coarser place: check there as well.
    adj = exp + nlo - 1
    etiny = ctx._emin - prec + 1
    if adj < ctx._emin and exp < etiny:
        s2 = etiny - exp
        if s2 > nlo + 1:
            return approx
        if (_shift_round(sign, lo, s2, ROUND_HALF_EVEN)[0]
                != _shift_round(sign, hi, s2, ROUND_HALF_EVEN)[0]):
            return None
    return approx


def _exp(a, ctx):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        if a._sign:
            return _dec(0, 0, 0)
        return _special(0, _INF)
    if a._int == 0:
        return _dec(0, 1, 0)
    prec = ctx._prec
    adj = a.adjusted()
    # Far too large or small: overflow or underflow without computing.
    if adj >= len(str(ctx._emax)) + 2 or (
            adj >= 1 and a._int * _pow10(max(a._exp, 0)) > 0 and
            abs(_approx_float(a)) > 2.31 * (max(ctx._emax, -ctx._emin + prec) + 2)):
        if a._sign:
            return _finish(0, 1, ctx._emin - prec - 1, ctx, 0, ROUND_HALF_EVEN)
        return _finish(0, 1, ctx._emax + 1, ctx, 0, ROUND_HALF_EVEN)
    if adj < -(prec + 2):
        # exp(x) = 1 + x + ...: rounds to 1 with prec digits, or next to it.
        if a._sign:
            coef = _pow10(prec + 2) - 1
        else:
            coef = _pow10(prec + 2) + 1
        return _finish(0, coef * 10 + 1, -(prec + 3), ctx, 0, ROUND_HALF_EVEN)
    p = prec + 6
    while True:
        approx, e = _exp_fixed(a._int, a._exp, a._sign, p)
        exp = e - p
        got = _ziv(0, approx, exp, 1000, ctx)
        if got is not None:
            return _finish(0, approx * 10 + 1, exp - 1, ctx, 0, ROUND_HALF_EVEN)
        p += prec // 2 + 10


def _approx_float(a):
    """a as a float, clamped to a large finite range."""
    adj = a.adjusted()
    if adj > 300:
        return float('1e300') * (-1 if a._sign else 1)
    if adj < -300:
        return 0.0
    return float(_to_sci(a, 1))


def _ln(a, ctx):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        if a._sign:
            return _invalid(ctx)
        return _special(0, _INF)
    if a._int == 0:
        return _special(1, _INF)
    if a._sign:
        return _invalid(ctx)
    if a._exp <= 0 and a._int == _pow10(-a._exp):
        return _dec(0, 0, 0)
    return _log_common(a, ctx, False)


def _log_common(a, ctx, base10):
    prec = ctx._prec
    # How close to 1 (ln near 0 loses leading digits): estimate from a - 1.
    nd = _ndigits(a._int)
    adj = a._exp + nd - 1
    closeness = 0
    if adj in (0, -1):
        if a._exp >= 0:
            diff = a._int * _pow10(a._exp) - 1
            dexp = 0
        else:
            diff = a._int - _pow10(-a._exp)
            dexp = a._exp
        if diff:
            closeness = max(0, -(dexp + _ndigits(abs(diff))))
    p = prec + 6 + closeness + (nd if nd > prec else 0)
    while True:
        g = p + 5
        val = _ln_fixed(a._int, a._exp, g)
        if base10:
            val = val * _pow10(g) // _ln10(g)
        sign = 1 if val < 0 else 0
        approx = abs(val)
        got = _ziv(sign, approx, -g, 1000, ctx) if approx > 1000 else None
        if got is not None:
            return _finish(sign, approx * 10 + 1, -g - 1, ctx, 0, ROUND_HALF_EVEN)
        p += prec // 2 + 10 + (p if approx <= 1000 else 0)


def _log10(a, ctx):
    if a._sp:
        if a._sp >= _NAN:
            return _nan_result(a, None, ctx)
        if a._sign:
            return _invalid(ctx)
        return _special(0, _INF)
    if a._int == 0:
        return _special(1, _INF)
    if a._sign:
        return _invalid(ctx)
    s = str(a._int)
    if s[0] == '1' and s.count('0') == len(s) - 1:
        return _finish_int(a._exp + len(s) - 1, ctx)
    return _log_common(a, ctx, True)


# ---------------------------------------------------------------------------
# Power
# ---------------------------------------------------------------------------

def _is_integer(d):
    """Whether the finite d has an integral value."""
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % _pow10(-d._exp) == 0


def _int_value(d):
    n = d._int * _pow10(d._exp) if d._exp >= 0 else d._int // _pow10(-d._exp)
    return -n if d._sign else n


def _power(a, b, ctx):
    """a ** b as libmpdec's mpd_qpow computes it."""
    if a._sp or b._sp:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
    intexp = b._sp == _FINITE and _is_integer(b)
    rsign = 0
    if intexp and a._sign and _int_value(b) & 1:
        rsign = 1
    if a._sp == _FINITE and a._int == 0:
        if b._sp == _FINITE and b._int == 0:
            return _invalid(ctx)
        if b._sign:
            return _special(rsign, _INF)
        return _dec(rsign, 0, 0)
    if a._sign and (not intexp or b._sp == _INF):
        return _invalid(ctx)
    if b._sp == _INF:
        c = _cmp(a, _dec(0, 1, 0))
        if c == 0:
            shift = ctx._prec - 1
            _signal(ctx, _INEXACT | _ROUNDED)
            return _dec(rsign, _pow10(shift), -shift)
        if c * (-1 if b._sign else 1) < 0:
            return _dec(rsign, 0, 0)
        return _special(rsign, _INF)
    if a._sp == _INF:
        if b._int == 0:
            return _dec(rsign, 1, 0)
        if b._sign:
            return _dec(rsign, 0, 0)
        return _special(rsign, _INF)
    if b._int == 0:
        return _dec(rsign, 1, 0)
    one = _pow_of_one(a, b, rsign, ctx)
    if one is not None:
        return one
    bound = _pow_bounds(a, b, rsign, ctx)
    if bound is not None:
        return bound
    if intexp:
        return _pow_int(a, b, rsign, ctx)
    return _pow_real(a, b, ctx)


def _pow_of_one(a, b, rsign, ctx):
    """libmpdec's _qcheck_pow_one: if |a| is exactly one, the power-of-one result
    (1.000**3 == 1.000000000); None otherwise."""
    if a._exp > 0 or a._int != _pow10(-a._exp):
        return None
    status = 0
    prec = ctx._prec
    if _is_integer(b):
        n = _int_value(b)
        if n < 0:
            return _dec(rsign, 1, 0)
        shift = n * -a._exp
        if shift > prec - 1:
            shift = prec - 1
            status |= _ROUNDED
    else:
        shift = prec - 1
        status |= _INEXACT | _ROUNDED
    if status:
        _signal(ctx, status)
    return _dec(rsign, _pow10(shift), -shift)


def _exp_digits(n):
    """The number of decimal digits of |n| (libmpdec's mpd_exp_digits)."""
    return len(str(abs(n)))


def _pow_bounds(a, b, rsign, ctx):
    """libmpdec's _qcheck_pow_bounds: a result certain to overflow or underflow, found
    from lower bounds of log10(|log10(|a|)|) and log10(|b|); None otherwise."""
    lb_theta = b.adjusted()
    t = a.adjusted()
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        diff = _add(_copy(a, 0), _dec(0, 1, 0), _MAX_CONTEXT, 1)
        u = diff.adjusted()
        lb_zeta = u - 2 if t == 0 else u - 1
    etiny = ctx._emin - ctx._prec + 1
    if ((t < 0) ^ b._sign) == 0:
        if _exp_digits(ctx._emax) < lb_zeta + lb_theta:
            return _finish(rsign, 1, _EXP_INF, ctx, 0)
    elif _exp_digits(etiny) < lb_zeta + lb_theta:
        return _finish(rsign, 1, etiny - 1, ctx, 0)
    return None


_EXP_INF = 2000000000000000001


def _pow_int(a, b, rsign, ctx):
    """Integer power by libmpdec's _mpd_qpow_int: left-to-right binary powering with
    products rounded at a wider precision, then one rounding."""
    work = ctx.copy()
    work._prec = ctx._prec + _ndigits(b._int) + b._exp + 2
    work._rounding = ROUND_HALF_EVEN
    work._clamp = 0
    work._traps._bits = 0
    work._flags._bits = 0
    base = a
    if b._sign:
        work._prec += 1
        base = _div(_dec(0, 1, 0), a, work)
        if work._flags._bits & (_IEEE_INVALID | _DIVISION_BY_ZERO):
            return _invalid(ctx, work._flags._bits)
    n = abs(_int_value(b))
    result = base
    bit = 1 << (n.bit_length() - 1)
    while bit > 1:
        bit >>= 1
        result = _mul(result, result, work)
        if n & bit:
            result = _mul(result, base, work)
        if result._sp or (result._int == 0 and work._flags._bits & _CLAMPED):
            break
    status = work._flags._bits
    if result._sp == _INF:
        return _finish(rsign, 1, _EXP_INF, ctx, status)
    return _finish(rsign, result._int, result._exp, ctx, status)


def _pow_real(a, b, ctx):
    """Non-integer power: exp(b * ln(a)) at a wider precision, then one rounding."""
    work = ctx.copy()
    work._prec = max(_ndigits(a._int), ctx._prec) + 4 + 19
    work._rounding = ROUND_HALF_EVEN
    work._emax = MAX_EMAX
    work._emin = MIN_EMIN
    work._clamp = 0
    work._traps._bits = 0
    work._flags._bits = 0
    t = _ln(a, work)
    t = _mul(t, b, work)
    result = _exp(t, work)
    status = (work._flags._bits & (_IEEE_INVALID | _DIVISION_BY_ZERO)) | _INEXACT | _ROUNDED
    if result._sp == _INF:
        return _finish(0, 1, _EXP_INF, ctx, status)
    if result._sp == _FINITE and _cmp(result, _dec(0, 1, 0)) == 0:
        shift = ctx._prec - 1
        return _finish(0, _pow10(shift), -shift, ctx, status)
    return _finish(result._sign, result._int, result._exp, ctx, status)


def _powmod(a, b, m, ctx):
    """pow(a, b, m) for integers."""
    for x in (a, b, m):
        if x._sp == _SNAN:
            _signal(ctx, _INVALID_OPERATION)
            return _fix_nan(x, ctx)
    for x in (a, b, m):
        if x._sp == _NAN:
            return _fix_nan(x, ctx)
    if a._sp or b._sp or m._sp:
        return _invalid(ctx)
    if not (_is_integer(a) and _is_integer(b) and _is_integer(m)):
        return _invalid(ctx)
    if b._sign or m._int == 0:
        return _invalid(ctx)
    mv = abs(_int_value(m))
    if _ndigits(mv) > ctx._prec:
        return _invalid(ctx)
    if a._int == 0 and b._int == 0:
        return _invalid(ctx)
    av = _int_value(a)
    r = pow(abs(av), _int_value(b), mv)
    sign = 1 if (av < 0 and _int_value(b) & 1) else 0
    return _dec(sign, r, 0)


# ---------------------------------------------------------------------------
# Context operations and the module's contexts
# ---------------------------------------------------------------------------

def _context_method(name, nargs):
    def method(self, *args):
        if len(args) != nargs:
            raise TypeError('%s() takes exactly %s (%d given)' % (
                name, 'one argument' if nargs == 1 else '%d arguments' % nargs, len(args)))
        first = _convert_strict(args[0])
        rest = [_convert_strict(x) for x in args[1:]]
        return getattr(first, name)(*rest, context=self)
    method.__name__ = name
    return method


for _name in ('sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus',
              'next_minus', 'number_class', 'to_integral_value', 'to_integral',
              'to_integral_exact', 'logical_invert', 'is_normal', 'is_subnormal'):
    setattr(Context, _name, _context_method(_name, 1))
for _name in ('compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'max',
              'min', 'max_mag', 'min_mag', 'quantize', 'remainder_near', 'scaleb',
              'next_toward', 'same_quantum', 'shift', 'rotate', 'logical_and',
              'logical_or', 'logical_xor', 'copy_sign'):
    setattr(Context, _name, _context_method(_name, 2))


def _unary_ctx(fn):
    def method(self, a):
        return fn(_convert_strict(a), self)
    return method


def _binary_ctx(fn):
    def method(self, a, b):
        return fn(_convert_strict(a), _convert_strict(b), self)
    return method


Context.abs = _unary_ctx(_abs)
Context.plus = _unary_ctx(_plus)
Context.minus = _unary_ctx(_minus)
Context.add = _binary_ctx(lambda a, b, ctx: _add(a, b, ctx, 0))
Context.subtract = _binary_ctx(lambda a, b, ctx: _add(a, b, ctx, 1))
Context.multiply = _binary_ctx(_mul)
Context.divide = _binary_ctx(_div)
Context.divide_int = _binary_ctx(lambda a, b, ctx: _divmod(a, b, ctx, 1))
Context.remainder = _binary_ctx(lambda a, b, ctx: _divmod(a, b, ctx, 2))
Context.divmod = _binary_ctx(lambda a, b, ctx: _divmod(a, b, ctx, 3))


def _ctx_power(self, a, b, modulo=None):
    a = _convert_strict(a)
    b = _convert_strict(b)
    if modulo is not None:
        return _powmod(a, b, _convert_strict(modulo), self)
    return _power(a, b, self)


def _ctx_fma(self, a, b, c):
    return _fma(_convert_strict(a), _convert_strict(b), _convert_strict(c), self)


def _ctx_copy_decimal(self, a):
    return _convert_strict(a)


def _ctx_to_sci(self, a):
    a = _convert_strict(a)
    return _to_sci(a, self._capitals)


def _ctx_to_eng(self, a):
    a = _convert_strict(a)
    return _to_sci(a, self._capitals, True)


Context.power = _ctx_power
Context.fma = _ctx_fma
Context.copy_decimal = _ctx_copy_decimal
Context.to_sci_string = _ctx_to_sci
Context.to_eng_string = _ctx_to_eng
Context.copy_abs = _unary_ctx(lambda a, ctx: _copy(a, 0))
Context.copy_negate = _unary_ctx(lambda a, ctx: _copy(a, 1 - a._sign))
for _name in ('is_canonical', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan',
              'is_snan', 'is_signed', 'is_zero', 'canonical'):
    setattr(Context, _name, (lambda n: lambda self, a: getattr(_convert_strict(a), n)())(_name))

# The module's own contexts and constants stay tracked: an untracked object held by the
# module would hide its class from the collector (module -> object -> class -> methods
# -> module is a cycle), and the module could never be freed.
_UNTRACK_CONTEXTS = False
DefaultContext = None
_MAX_CONTEXT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])



def _constant(sign, coef):
    d = _new(Decimal)
    d._sign, d._int, d._exp, d._sp = sign, coef, 0, _FINITE
    return d


_DEC_INTS = {-1: _constant(1, 1), 0: _constant(0, 0), 1: _constant(0, 1)}
_UNTRACK_CONTEXTS = True


def _forget_current_context():
    # The current context is untracked and held by this module: drop it at exit so that
    # the module's cycles can be collected (see _UNTRACK_CONTEXTS).
    global _current
    _current = None


import atexit as _atexit
_atexit.register(_forget_current_context)
del _constant

del _name, _cls
