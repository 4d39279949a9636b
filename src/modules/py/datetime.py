"""Fast implementation of the datetime type.

refpy's own `datetime`: the six types of CPython 3.11's `_datetime` C module, written
in Python over proleptic-Gregorian ordinals, with the C module's messages, reprs and
rounding. Each class keeps its fields in `__slots__`; `_untrack` (native,
modules/c_types.rs) takes exact instances out of the collector as the C types are
not GC types, `__sizeof__` reports the C struct's size, and `_c_type` marks each
class the `tp_name` (`'datetime.date'`) messages use.

Local time is UTC: refpy reads no time zone database, so `fromtimestamp`,
`timestamp()` of naive datetimes, `now()` and `astimezone()` treat local time as UTC
(CPython's output on a machine whose TZ is UTC).
"""

import time as _time
import sys as _sys
from operator import index as _index

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_MAX_ORDINAL = 3652059
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULL_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                     'August', 'September', 'October', 'November', 'December')
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
                   'Saturday', 'Sunday')


# ---------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(year, month, day):
    """Day number of year-month-day, 0001-01-01 being day 1."""
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return _days_before_year(year) + before + day


def _ord_to_ymd(n):
    """(year, month, day) of day number n (1 is 0001-01-01)."""
    n -= 1
    cycles400, n = divmod(n, 146097)
    year = cycles400 * 400 + 1
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    cycles1, n = divmod(n, 365)
    year += cycles100 * 100 + cycles4 * 4 + cycles1
    if cycles1 == 4 or cycles100 == 4:
        # The last day of a leap cycle: December 31 of the year before.
        return year - 1, 12, 31
    leap = cycles1 == 3 and (cycles4 != 24 or cycles100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _ymd_to_ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _c_int(value):
    """An argument the C module parses with format 'i': __index__, then C int range."""
    value = _index(value)
    if value > 0x7fffffffffffffff or value < -0x8000000000000000:
        raise OverflowError('Python int too large to convert to C long')
    if value > 0x7fffffff:
        raise OverflowError('signed integer is greater than maximum')
    if value < -0x80000000:
        raise OverflowError('signed integer is less than minimum')
    return value


def _check_date(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, '
                        'not type %r' % _type_name(tz))


def _arg_type_name(obj):
    """How an argument parser's "argument N must be X, not Y" names a bad argument:
    the type's tp_name, but plain 'None' for None (getargs' and Argument Clinic's
    converters spell it so)."""
    return 'None' if obj is None else _type_name(obj)


def _parse_args(args, kwargs, names, required, funcname='function', convert=None):
    """Binds arguments as the C module's PyArg_ParseTupleAndKeywords does, with its
    messages; returns the values in `names` order (None where not given).

    The C parser converts each argument before it looks at the next one, so a bad
    earlier argument is reported before a missing later one (`date('2024')` complains
    about the str): `convert`, when given, is applied to the arguments before the
    first missing required one to raise that error first."""
    n = len(names)
    if len(args) + len(kwargs) > n:
        if kwargs:
            raise TypeError('%s takes at most %d keyword arguments (%d given)'
                            % (funcname, n, len(args) + len(kwargs)))
        raise TypeError('%s takes at most %d arguments (%d given)'
                        % (funcname, n, len(args)))
    values = list(args) + [None] * (n - len(args))
    given = [True] * len(args) + [False] * (n - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError('%r is an invalid keyword argument for %s'
                            % (key, 'this function' if funcname == 'function' else funcname))
        i = names.index(key)
        if given[i]:
            raise TypeError('argument for %s given by name (%r) and position (%d)'
                            % (funcname, key, i + 1))
        values[i] = value
        given[i] = True
    for i in range(required):
        if not given[i]:
            if convert is not None:
                for value in values[:i]:
                    convert(value)
            raise TypeError('%s missing required argument %r (pos %d)'
                            % (funcname, names[i], i + 1))
    return values, given


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _sizeof(obj, c_size, exact):
    """__sizeof__ for sys.getsizeof: the C struct's size. refpy adds a GC header to
    every instance of a Python class; an exact instance has none in CPython."""
    added = object.__sizeof__(obj) - _SLOTS_SIZE[exact]
    if type(obj) is exact:
        return c_size - 16
    return c_size + added


_SLOTS_SIZE = {}


def _finish_class(cls):
    """Makes `cls` look like a C type (see the module doc)."""
    _c_type(cls)
    _SLOTS_SIZE[cls] = 16 + 8 * sum(len(k.__dict__.get('__slots__', ()))
                                    for k in cls.__mro__)


# The classes whose exact instances are untracked; filled once the module has made its
# constants (date.min, timezone.utc...), which are untracked then (see the end).
_UNTRACKED = set()


def _new(cls):
    self = object.__new__(cls)
    if cls in _UNTRACKED:
        _untrack(self)
    return self


# ---------------------------------------------------------------------------
# timedelta
# ---------------------------------------------------------------------------

_US_PER_DAY = 86400000000


def _accumulate(total, leftover, num, factor, tag):
    """Adds num*factor microseconds: ints exactly, floats' fractions into leftover."""
    if isinstance(num, int):
        return total + num * factor, leftover
    if isinstance(num, float):
        whole = int(num)
        total += whole * factor
        frac = num - whole
        if frac:
            scaled = factor * frac
            whole2 = int(scaled)
            total += whole2
            leftover += scaled - whole2
        return total, leftover
    raise TypeError('unsupported type for timedelta %s component: %s'
                    % (tag, _type_name(num)))


def _round_leftover(total, leftover):
    """The C module's rounding of the fractional microseconds: to nearest, and a tie
    to whichever makes the whole total even."""
    whole = round(leftover)
    if abs(whole - leftover) == 0.5:
        odd = total % 2
        whole = 2 * round((leftover + odd) * 0.5) - odd
    return int(whole)


def _delta_from_us(us, cls=None):
    days, rest = divmod(us, _US_PER_DAY)
    seconds, microseconds = divmod(rest, 1000000)
    return _make_delta(days, seconds, microseconds, cls)


def _make_delta(days, seconds, microseconds, cls=None):
    if not -999999999 <= days <= 999999999:
        if days > 0x7fffffff or days < -0x80000000:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    if cls is not None and cls is not timedelta:
        return cls(days, seconds, microseconds)
    self = _new(timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    self._hashcode = -1
    return self


def _divide_nearest(n, d):
    """n / d rounded half to even, for ints (the C module's divide_nearest)."""
    q, r = divmod(n, d)
    twice = 2 * r
    if d < 0:
        twice, d = -twice, -d
    if twice > d or (twice == d and q % 2 == 1):
        q += 1
    return q


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, *args, **kwargs):
        names = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes',
                 'hours', 'weeks')
        if len(args) > 7:
            raise TypeError('__new__() takes at most 7 arguments (%d given)' % len(args))
        values, given = _parse_args(args, kwargs, names, 0, '__new__()')
        factors = (_US_PER_DAY, 1000000, 1, 1000, 60000000, 3600000000,
                   7 * _US_PER_DAY)
        total = 0
        leftover = 0.0
        # The C module adds the components smallest unit first.
        for i in (2, 3, 1, 4, 5, 0, 6):
            if given[i]:
                total, leftover = _accumulate(total, leftover, values[i], factors[i],
                                              names[i])
        if leftover:
            total += _round_leftover(total, leftover)
        d, rest = divmod(total, _US_PER_DAY)
        s, u = divmod(rest, 1000000)
        if not -999999999 <= d <= 999999999:
            _make_delta(d, s, u)
        self = _new(cls)
        self._days = d
        self._seconds = s
        self._microseconds = u
        self._hashcode = -1
        return self

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        name = _type_name(self)
        return '%s(%s)' % (name, ', '.join(parts) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._days:
            text = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + text
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __sizeof__(self):
        return _sizeof(self, 40, timedelta)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._us())

    def __pos__(self):
        return _make_delta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('division by zero')
            return self._us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(_divide_nearest(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _delta_from_us(_divide_nearest(self._us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _delta_from_us(self._us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us(), d)
            return q, _delta_from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


_finish_class(timedelta)
timedelta.min = _make_delta(-999999999, 0, 0)
timedelta.max = _make_delta(999999999, 86399, 999999)
timedelta.resolution = _make_delta(0, 0, 1)


# ---------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------

def _format_offset(off, sep=':'):
    """+HH:MM[:SS[.ffffff]] of a utcoffset, '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        text += '%s%02d' % (sep, ss)
        if off.microseconds:
            text += '.%06d' % off.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _strftime(fmt, funcname, year, month, day, hour, minute, second, us, obj, is_time):
    """strftime for date, time and datetime: glibc's directives, with %f, %z and %Z
    from the object as CPython's wrap_strftime does."""
    if not isinstance(fmt, str):
        raise TypeError('%s() argument 1 must be str, not %s'
                        % (funcname, _arg_type_name(fmt)))
    ordinal = _ymd_to_ord(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _ymd_to_ord(year, 1, 1) + 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        # glibc's optional flags, field width and E/O modifier before the conversion.
        start = i - 1
        j = i
        while j < n and fmt[j] in '-_0^#':
            j += 1
        flags = fmt[i:j]
        k = j
        while k < n and fmt[k].isdigit():
            k += 1
        width = int(fmt[j:k]) if k > j else None
        if k + 1 < n and fmt[k] in 'EO':
            k += 1
        if k >= n or fmt[k] not in _STRFTIME_CODES:
            out.append(fmt[start:k + 1])
            i = k + 1
            continue
        d = fmt[k]
        i = k + 1
        if flags or width is not None:
            if d == 'f':
                # Only a bare %f is datetime's own; glibc knows no %f.
                out.append(fmt[start:i])
                continue
            if d == 'Z':
                # glibc's, from a struct tm that has no zone name.
                out.append(_strftime_flags('', d, flags, width))
                continue
            mark = len(out)
            _strftime_one(out, d, year, month, day, hour, minute, second, us, obj,
                          ordinal, weekday, yday)
            piece = ''.join(out[mark:])
            del out[mark:]
            out.append(_strftime_flags(piece, d, flags, width))
            continue
        _strftime_one(out, d, year, month, day, hour, minute, second, us, obj,
                      ordinal, weekday, yday)
    return ''.join(out)


# The conversions glibc's strftime knows; others are copied out as they are.
_STRFTIME_CODES = set('aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZf%')
# The numeric conversions: their default width and padding.
_STRFTIME_NUMERIC = {'C': (2, '0'), 'd': (2, '0'), 'e': (2, ' '), 'g': (2, '0'),
                     'G': (1, '0'), 'H': (2, '0'), 'I': (2, '0'), 'j': (3, '0'),
                     'k': (2, ' '), 'l': (2, ' '), 'm': (2, '0'), 'M': (2, '0'),
                     's': (1, '0'), 'S': (2, '0'), 'u': (1, '0'), 'U': (2, '0'),
                     'V': (2, '0'), 'w': (1, '0'), 'W': (2, '0'), 'y': (2, '0'),
                     'Y': (1, '0'), 'f': (6, '0')}


def _strftime_flags(piece, d, flags, width):
    """A conversion's text under glibc's flags: `-` no padding, `_` spaces, `0` zeros,
    `^` upper case, `#` swapped case (lower for %p and %Z), and a minimum width."""
    numeric = _STRFTIME_NUMERIC.get(d)
    if numeric is not None and piece.strip().isdigit():
        digits = piece.strip().lstrip('0') or '0'
        default_width, pad = numeric
        pad_flag = [f for f in flags if f in '-_0']
        if pad_flag:
            pad = {'-': ' ', '_': ' ', '0': '0'}[pad_flag[-1]]
        if width is None:
            width = 0 if pad_flag and pad_flag[-1] == '-' else default_width
        return digits.rjust(width, pad)
    if d == 'P':
        pass  # glibc keeps %P in lower case whatever the flags
    elif '^' in flags:
        piece = piece.upper()
    elif '#' in flags:
        piece = piece.lower() if d in 'pZ' else piece.upper()
    if width is not None:
        piece = piece.rjust(width, '0' if '0' in flags else ' ')
    return piece


def _strftime_one(out, d, year, month, day, hour, minute, second, us, obj,
                  ordinal, weekday, yday):
    """Appends the text of one conversion `d`."""
    if d == 'Y':
        out.append(str(year))
    elif d == 'm':
        out.append('%02d' % month)
    elif d == 'd':
        out.append('%02d' % day)
    elif d == 'H':
        out.append('%02d' % hour)
    elif d == 'M':
        out.append('%02d' % minute)
    elif d == 'S':
        out.append('%02d' % second)
    elif d == 'f':
        out.append('%06d' % us)
    elif d == 'y':
        out.append('%02d' % (year % 100))
    elif d == 'C':
        out.append(str(year // 100))
    elif d == 'a':
        out.append(_DAY_NAMES[weekday])
    elif d == 'A':
        out.append(_FULL_DAY_NAMES[weekday])
    elif d in 'bh':
        out.append(_MONTH_NAMES[month - 1])
    elif d == 'B':
        out.append(_FULL_MONTH_NAMES[month - 1])
    elif d == 'I':
        out.append('%02d' % (hour % 12 or 12))
    elif d == 'p':
        out.append('AM' if hour < 12 else 'PM')
    elif d == 'j':
        out.append('%03d' % yday)
    elif d == 'w':
        out.append(str((weekday + 1) % 7))
    elif d == 'u':
        out.append(str(weekday + 1))
    elif d == 'U':
        out.append('%02d' % ((yday + 6 - (weekday + 1) % 7) // 7))
    elif d == 'W':
        out.append('%02d' % ((yday + 6 - weekday) // 7))
    elif d in 'GV':
        iso_year, iso_week, _ = _isocalendar(year, month, day)
        out.append(str(iso_year) if d == 'G' else '%02d' % iso_week)
    elif d == 'g':
        out.append('%02d' % (_isocalendar(year, month, day)[0] % 100))
    elif d == 'e':
        out.append('%2d' % day)
    elif d == 'D':
        out.append('%02d/%02d/%02d' % (month, day, year % 100))
    elif d == 'F':
        out.append('%d-%02d-%02d' % (year, month, day))
    elif d == 'T':
        out.append('%02d:%02d:%02d' % (hour, minute, second))
    elif d == 'R':
        out.append('%02d:%02d' % (hour, minute))
    elif d == 'r':
        out.append('%02d:%02d:%02d %s' % (hour % 12 or 12, minute, second,
                                          'AM' if hour < 12 else 'PM'))
    elif d == 'c':
        out.append('%s %s %2d %02d:%02d:%02d %d' % (
            _DAY_NAMES[weekday], _MONTH_NAMES[month - 1], day, hour, minute,
            second, year))
    elif d == 'x':
        out.append('%02d/%02d/%02d' % (month, day, year % 100))
    elif d == 'X':
        out.append('%02d:%02d:%02d' % (hour, minute, second))
    elif d == 'n':
        out.append('\n')
    elif d == 't':
        out.append('\t')
    elif d == '%':
        out.append('%')
    elif d == 'z':
        off = obj.utcoffset() if obj is not None else None
        out.append(_format_offset(off, ''))
    elif d == 'Z':
        name = obj.tzname() if obj is not None else None
        out.append('' if name is None else name)
    elif d == 's':
        seconds = (ordinal - 719163) * 86400 + hour * 3600 + minute * 60 + second
        out.append(str(seconds))
    elif d == 'k':
        out.append('%2d' % hour)
    elif d == 'l':
        out.append('%2d' % (hour % 12 or 12))
    elif d == 'P':
        out.append('am' if hour < 12 else 'pm')
    else:
        out.append('%' + d)


def _ctime(year, month, day, hour, minute, second):
    """ctime(): like strftime's %c, but the year always has four digits."""
    weekday = (_ymd_to_ord(year, month, day) + 6) % 7
    return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_NAMES[weekday], _MONTH_NAMES[month - 1],
                                             day, hour, minute, second, year)


def _isocalendar(year, month, day):
    ordinal = _ymd_to_ord(year, month, day)
    iso_year = year
    week1 = _iso_week1_monday(iso_year)
    if ordinal < week1:
        iso_year -= 1
        week1 = _iso_week1_monday(iso_year)
    elif iso_year < MAXYEAR and ordinal >= _iso_week1_monday(iso_year + 1):
        iso_year += 1
        week1 = _iso_week1_monday(iso_year)
    week, weekday = divmod(ordinal - week1, 7)
    return iso_year, week + 1, weekday + 1


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (
            _type_name(self), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


_c_type(IsoCalendarDate)


# ---------------------------------------------------------------------------
# ISO 8601 parsing (the formats 3.11's fromisoformat accepts)
# ---------------------------------------------------------------------------

def _digits(s, start, count):
    part = s[start:start + count]
    if len(part) != count or not all('0' <= ch <= '9' for ch in part):
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _digits(s, 0, 4)
    rest = s[4:]
    extended = rest.startswith('-')
    if extended:
        rest = rest[1:]
    if rest.startswith('W'):
        week = _digits(rest, 1, 2)
        tail = rest[3:]
        weekday = 1
        if tail:
            if extended:
                if not tail.startswith('-'):
                    raise ValueError
                tail = tail[1:]
            if len(tail) != 1:
                raise ValueError
            weekday = _digits(tail, 0, 1)
        return _from_iso_calendar(year, week, weekday)
    if extended:
        if len(rest) != 5 or rest[2] != '-':
            raise ValueError
        month, day = _digits(rest, 0, 2), _digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            raise ValueError
        month, day = _digits(rest, 0, 2), _digits(rest, 2, 2)
    return year, month, day


def _parse_hms(s):
    """(hour, minute, second, microsecond) from HH[:MM[:SS[.fff[fff]]]] or the basic
    form without colons; any number of fraction digits past six is truncated."""
    hour = _digits(s, 0, 2)
    minute = second = us = 0
    pos = 2
    colon = s[2:3] == ':'
    for which in (1, 2):
        if pos >= len(s):
            return hour, minute, second, us
        if colon:
            if s[pos] != ':':
                raise ValueError
            pos += 1
        value = _digits(s, pos, 2)
        pos += 2
        if which == 1:
            minute = value
        else:
            second = value
    if pos < len(s):
        if s[pos] not in '.,':
            raise ValueError
        frac = s[pos + 1:]
        if not frac or not all('0' <= ch <= '9' for ch in frac):
            raise ValueError
        us = int((frac + '00000')[:6])
    return hour, minute, second, us


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with an optional
    Z or +HH[:MM[:SS[.ffffff]]] offset."""
    tz = None
    for i, ch in enumerate(s):
        if ch in '+-Z':
            main, zone = s[:i], s[i:]
            break
    else:
        main, zone = s, ''
    hour, minute, second, us = _parse_hms(main)
    if zone:
        if zone == 'Z':
            tz = timezone.utc
        else:
            if zone[0] not in '+-' or len(zone) < 3:
                raise ValueError
            h, m, sec, u = _parse_hms(zone[1:])
            off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=u)
            if zone[0] == '-':
                off = -off
            tz = timezone.utc if not off else timezone(off)
    return hour, minute, second, us, tz


# ---------------------------------------------------------------------------
# tzinfo and timezone
# ---------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        return _new(cls)

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; '
                                 'cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, '__dict__', None) or None
        if state is None:
            return (type(self), args)
        return (type(self), args, state)

    def __sizeof__(self):
        return _sizeof(self, 16, tzinfo)


_finish_class(tzinfo)


def _check_offset(name, off):
    """A utcoffset()/dst() result: None or a timedelta within a day."""
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (name, _type_name(off)))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24), not %r.' % (off,))
    return off


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError('tzinfo.tzname() must return None or a string, not %r'
                        % _type_name(name))
    return name


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, *args, **kwargs):
        (offset, name), given = _parse_args(args, kwargs, ('offset', 'name'), 1,
                                            'timezone()')
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % _arg_type_name(offset))
        if given[1] and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _arg_type_name(name))
        if not given[1] and not offset and cls is timezone:
            return timezone.utc
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % (offset,))
        self = _new(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        # A C type without Py_TPFLAGS_BASETYPE.
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        name = 'datetime.timezone' if type(self) is timezone else _type_name(self)
        if self._name is None:
            return '%s(%r)' % (name, self._offset)
        return '%s(%r, %r)' % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, '
                            'not %s' % (what, _type_name(dt)))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        off = self._offset
        if self is timezone.utc or not off:
            return 'UTC'
        return 'UTC' + _format_offset(off)

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __sizeof__(self):
        return _sizeof(self, 32, timezone)


_finish_class(timezone)
timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---------------------------------------------------------------------------
# date
# ---------------------------------------------------------------------------

def _make_date(cls, year, month, day):
    if cls is not date:
        return cls(year, month, day)
    self = _new(date)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError('date value out of range')
    return _make_date(cls, *_ord_to_ymd(n))


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        if week != 53 or not (_ymd_to_ord(year, 1, 1) % 7 == 4
                              or (_is_leap(year) and _ymd_to_ord(year, 1, 1) % 7 == 3)):
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError('Year is out of range: %d' % year)
    return _ord_to_ymd(ordinal)


def _utc_now_us():
    return _time.time_ns() // 1000


def _us_from_timestamp(t):
    """A POSIX timestamp as integer microseconds, rounded half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t in (float('inf'), float('-inf')):
            raise OverflowError('cannot convert float infinity to integer')
        n, d = t.as_integer_ratio()
        return _divide_nearest(n * 1000000, d)
    if isinstance(t, int):
        return t * 1000000
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % _type_name(t))


def _fields_from_us(us):
    """(year, month, day, hour, minute, second, microsecond) of a UTC timestamp in
    microseconds."""
    days, rest = divmod(us, _US_PER_DAY)
    ordinal = days + 719163
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError('year %d is out of range' % (1970 + days // 365))
    seconds, micro = divmod(rest, 1000000)
    hh, rest = divmod(seconds, 3600)
    mm, ss = divmod(rest, 60)
    return _ord_to_ymd(ordinal) + (hh, mm, ss, micro)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        (year, month, day), _ = _parse_args(args, kwargs, ('year', 'month', 'day'), 3,
                                            convert=_c_int)
        year, month, day = _c_int(year), _c_int(month), _c_int(day)
        _check_date(year, month, day)
        self = _new(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp."""
        y, m, d = _fields_from_us(_us_from_timestamp(t))[:3]
        return _make_date(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _c_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year 10000 is out of range')
        return _make_date(cls, *_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(s) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % s)
        try:
            y, m, d = _parse_iso_date(s)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % s) from None
        _check_date(y, m, d)
        return _make_date(cls, y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday."""
        return _make_date(cls, *_from_iso_calendar(_c_int(year), _c_int(week),
                                                   _c_int(day)))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self, *args):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        if args:
            raise TypeError('date.isoformat() takes no arguments (%d given)' % len(args))
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, 'strftime', self._year, self._month, self._day,
                         0, 0, 0, 0, None, False)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s'
                            % _arg_type_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        values, given = _parse_args(args, kwargs, ('year', 'month', 'day'), 0)
        current = (self._year, self._month, self._day)
        year, month, day = [_c_int(v) if g else c
                            for v, g, c in zip(values, given, current)]
        _check_date(year, month, day)
        return _make_date(type(self), year, month, day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    def __sizeof__(self):
        return _sizeof(self, 32, date)

    def _date_cmp_ok(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._date_cmp_ok(other) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if self._date_cmp_ok(other) and not isinstance(self, datetime):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._date_cmp_ok(other) and not isinstance(self, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._date_cmp_ok(other) and not isinstance(self, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._date_cmp_ok(other) and not isinstance(self, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._date_cmp_ok(other) and not isinstance(self, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def _key(self):
        return (self._year, self._month, self._day)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _make_delta(self.toordinal() - other.toordinal(), 0, 0)
        return NotImplemented


_finish_class(date)
date.min = _make_date(date, 1, 1, 1)
date.max = _make_date(date, 9999, 12, 31)
date.resolution = _make_delta(1, 0, 0)


_STRUCT_TIME_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
                       'tm_wday', 'tm_yday', 'tm_isdst')


class _StructTime(tuple):
    """time.struct_time's repr and fields, while refpy's time module has none."""

    __slots__ = ()

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(_STRUCT_TIME_FIELDS, self))

    def __reduce__(self):
        return (tuple, (tuple(self),))


for _i, _name in enumerate(_STRUCT_TIME_FIELDS):
    setattr(_StructTime, _name, property(lambda self, _i=_i: self[_i]))
_StructTime.tm_zone = property(lambda self: None)
_StructTime.tm_gmtoff = property(lambda self: None)
del _i, _name


def _struct_time(y, m, d, hh, mm, ss, dst):
    ordinal = _ymd_to_ord(y, m, d)
    values = (y, m, d, hh, mm, ss, (ordinal + 6) % 7,
              ordinal - _ymd_to_ord(y, 1, 1) + 1, dst)
    struct = getattr(_time, 'struct_time', None)
    return struct(values) if struct is not None else _StructTime(values)


# ---------------------------------------------------------------------------
# time
# ---------------------------------------------------------------------------

def _offset_of(tz, dt):
    if tz is None:
        return None
    return _check_offset('utcoffset', tz.utcoffset(dt))


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_hashcode', '_fold')

    def __new__(cls, *args, **kwargs):
        fold = kwargs.pop('fold', 0) if 'fold' in kwargs else 0
        values, given = _parse_args(
            args, kwargs, ('hour', 'minute', 'second', 'microsecond', 'tzinfo'), 0)
        hour, minute, second, us = [_c_int(v) if g else 0
                                    for v, g in zip(values[:4], given[:4])]
        tz = values[4]
        fold = _c_int(fold)
        _check_time(hour, minute, second, us, fold)
        _check_tzinfo(tz)
        return _make_time(cls, hour, minute, second, us, tz, fold)

    @classmethod
    def fromisoformat(cls, s):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        text = s[1:] if s.startswith('T') else s
        try:
            hour, minute, second, us, tz = _parse_iso_time(text)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % s) from None
        _check_time(hour, minute, second, us, 0)
        return _make_time(cls, hour, minute, second, us, tz, 0)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _offset_of(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        name = _type_name(self)
        if self._microsecond:
            text = '%s(%d, %d, %d, %d' % (name, self._hour, self._minute, self._second,
                                          self._microsecond)
        elif self._second:
            text = '%s(%d, %d, %d' % (name, self._hour, self._minute, self._second)
        else:
            text = '%s(%d, %d' % (name, self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(timespec, str):
            raise TypeError('isoformat() argument 1 must be str, not %s'
                            % _arg_type_name(timespec))
        text = _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, 'strftime', 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond, self, True)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s'
                            % _arg_type_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        fold = kwargs.pop('fold') if 'fold' in kwargs else self._fold
        values, given = _parse_args(
            args, kwargs, ('hour', 'minute', 'second', 'microsecond', 'tzinfo'), 0)
        current = (self._hour, self._minute, self._second, self._microsecond)
        hour, minute, second, us = [_c_int(v) if g else c
                                    for v, g, c in zip(values[:4], given[:4], current)]
        tz = values[4] if given[4] else self._tzinfo
        fold = _c_int(fold)
        _check_time(hour, minute, second, us, fold)
        _check_tzinfo(tz)
        return _make_time(type(self), hour, minute, second, us, tz, fold)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)

    def __sizeof__(self):
        return _sizeof(self, 40, time)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond

    def _compare(self, other, equality):
        """cmp of two times, or None when only one is aware (== then False)."""
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_of_day(), other._us_of_day())
        a = self.utcoffset()
        b = other.utcoffset()
        if a == b:
            return _cmp(self._us_of_day(), other._us_of_day())
        if (a is None) != (b is None):
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._us_of_day() - a._us(), other._us_of_day() - b._us())

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._us_of_day()
            if off is None:
                self._hashcode = hash((self._hour, self._minute, self._second,
                                       self._microsecond))
            else:
                self._hashcode = hash(timedelta(microseconds=us - off._us()))
        return self._hashcode


def _make_time(cls, hour, minute, second, us, tz, fold):
    if cls is not time:
        return cls(hour, minute, second, us, tz, fold=fold)
    self = _new(time)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = us
    self._tzinfo = tz
    self._hashcode = -1
    self._fold = fold
    return self


_finish_class(time)
time.min = _make_time(time, 0, 0, 0, 0, None, 0)
time.max = _make_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _make_delta(0, 0, 1)


# ---------------------------------------------------------------------------
# datetime
# ---------------------------------------------------------------------------

_DT_NAMES = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo')


def _make_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    if cls is not datetime:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
    self = _new(datetime)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        fold = kwargs.pop('fold') if 'fold' in kwargs else 0
        values, given = _parse_args(args, kwargs, _DT_NAMES, 3, convert=_c_int)
        y, m, d = _c_int(values[0]), _c_int(values[1]), _c_int(values[2])
        hh, mm, ss, us = [_c_int(v) if g else 0 for v, g in zip(values[3:7], given[3:7])]
        tz = values[7]
        fold = _c_int(fold)
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        self = _new(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tz):
        """The UTC wall time of a timestamp in microseconds, with tzinfo tz."""
        return _make_datetime(cls, *_fields_from_us(us), tz)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        _check_tzinfo(tz)
        result = cls._from_us(_utc_now_us(), None)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls._from_us(_utc_now_us(), None)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        result = cls._from_us(_us_from_timestamp(t), None)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._from_us(_us_from_timestamp(t), None)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date_, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % _arg_type_name(date_))
        if not isinstance(time_, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % _arg_type_name(time_))
        if tzinfo is True:
            tzinfo = time_._tzinfo
        _check_tzinfo(tzinfo)
        return _make_datetime(cls, date_._year, date_._month, date_._day, time_._hour,
                              time_._minute, time_._second, time_._microsecond, tzinfo,
                              time_._fold)

    @classmethod
    def fromisoformat(cls, s):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            date_len = _iso_date_length(s)
            y, m, d = _parse_iso_date(s[:date_len])
            rest = s[date_len:]
            if rest:
                hh, mm, ss, us, tz = _parse_iso_time(rest[1:])
            else:
                hh = mm = ss = us = 0
                tz = None
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % s) from None
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, 0)
        return _make_datetime(cls, y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, *args):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if len(args) != 2:
            raise TypeError('strptime() takes exactly 2 arguments (%d given)' % len(args))
        return _strptime(cls, args[0], args[1])

    def date(self):
        """Return date object with same year, month and day."""
        return _make_date(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _make_time(time, self._hour, self._minute, self._second,
                          self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _make_time(time, self._hour, self._minute, self._second,
                          self._microsecond, self._tzinfo, self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _offset_of(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def _naive_us(self):
        days = self.toordinal()
        return (((days * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def timestamp(self):
        """Return POSIX timestamp as float."""
        us = self._naive_us() - 719163 * _US_PER_DAY
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us / 10**6

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self if off is None else self - off
        return _struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute,
                            dt._second, 0)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else int(bool(dst))
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, flag)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            # The local zone, as CPython builds it from localtime()'s tm_gmtoff and
            # tm_zone: UTC here (see the module doc).
            tz = timezone(timedelta(0), 'UTC')
        _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            # Naive: local time, which refpy takes to be UTC.
            off = timedelta(0)
        if self._tzinfo is tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._year, self._month, self._day, self._hour, self._minute,
                      self._second)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError('isoformat() argument 1 must be a unicode character, '
                                'not str')
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % _arg_type_name(sep))
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[6] == 0:
            del fields[6]
            if fields[5] == 0:
                del fields[5]
        text = '%s(%s' % (_type_name(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, 'strftime', self._year, self._month, self._day,
                         self._hour, self._minute, self._second, self._microsecond,
                         self, False)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        fold = kwargs.pop('fold') if 'fold' in kwargs else self._fold
        values, given = _parse_args(args, kwargs, _DT_NAMES, 0)
        current = (self._year, self._month, self._day, self._hour, self._minute,
                   self._second, self._microsecond)
        y, m, d, hh, mm, ss, us = [_c_int(v) if g else c
                                   for v, g, c in zip(values[:7], given[:7], current)]
        tz = values[7] if given[7] else self._tzinfo
        fold = _c_int(fold)
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, fold)
        _check_tzinfo(tz)
        return _make_datetime(type(self), y, m, d, hh, mm, ss, us, tz, fold)

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)

    def __sizeof__(self):
        return _sizeof(self, 48, datetime)

    def _compare(self, other, equality):
        """cmp of two datetimes, or None when only one is aware (== then False)."""
        if self._tzinfo is other._tzinfo:
            return _cmp(self._naive_us(), other._naive_us())
        a = self.utcoffset()
        b = other.utcoffset()
        if a == b:
            result = _cmp(self._naive_us(), other._naive_us())
        elif (a is None) != (b is None):
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        else:
            result = _cmp(self._naive_us() - a._us(), other._naive_us() - b._us())
        # PEP 495: across zones, a time whose offset depends on fold (in a gap or a
        # repetition) equals nothing (the C module's pep495_eq_exception).
        if equality and result == 0 and a is not None and (
                self._fold_matters(a) or other._fold_matters(b)):
            return 1
        return result

    def _fold_matters(self, offset):
        flipped = self.replace(fold=1 - self._fold)
        return flipped.utcoffset() != offset

    def _other_date(self, other, op):
        if op == '==':
            return False
        if op == '!=':
            return True
        raise TypeError("can't compare %s to %s"
                        % (_type_name(self), _type_name(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) < 0
        if isinstance(other, date):
            return self._other_date(other, '<')
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) <= 0
        if isinstance(other, date):
            return self._other_date(other, '<=')
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) > 0
        if isinstance(other, date):
            return self._other_date(other, '>')
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) >= 0
        if isinstance(other, date):
            return self._other_date(other, '>=')
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            us = self._naive_us()
            if off is not None:
                us -= off._us()
            self._hashcode = hash(timedelta(microseconds=us))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._us())
        return NotImplemented

    __radd__ = __add__

    def _shifted(self, delta_us):
        us = self._naive_us() + delta_us
        days, rest = divmod(us, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        seconds, micro = divmod(rest, 1000000)
        hh, rest = divmod(seconds, 3600)
        mm, ss = divmod(rest, 60)
        return _make_datetime(type(self), *_ord_to_ymd(days), hh, mm, ss, micro,
                              self._tzinfo)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(-other._us())
        if isinstance(other, datetime):
            a = self.utcoffset()
            b = other.utcoffset()
            diff = self._naive_us() - other._naive_us()
            if self._tzinfo is not other._tzinfo:
                if (a is None) != (b is None):
                    raise TypeError("can't subtract offset-naive and offset-aware "
                                    "datetimes")
                if a is not None:
                    diff -= a._us() - b._us()
            return _delta_from_us(diff)
        return NotImplemented


def _iso_date_length(s):
    """Where the date part of an ISO datetime string ends (3.11's separator rule:
    the date is 7, 8 or 10 characters; the separator is any one character)."""
    if len(s) >= 10 and s[4:5] == '-' and s[7:8] == '-':
        return 10
    if len(s) >= 8 and s[4:5] == '-' and s[5:6] == 'W':
        if len(s) >= 10 and s[8:9] == '-':
            return 10
        return 8
    if len(s) >= 7 and s[4:5] == 'W':
        if len(s) >= 8 and s[7:8].isdigit():
            return 8
        return 7
    return 8


_finish_class(datetime)
datetime.min = _make_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _make_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = _make_delta(0, 0, 1)


# strptime: the format becomes one regular expression (matched ignoring case), each
# directive a named group whose pattern only accepts the values the field can take, so
# an out-of-range field ('2023-13-01' for '%Y-%m-%d') is a mismatch, not a range error;
# text left after the match is "unconverted data". The fields are then combined as the
# documented rules say: %j beats month/day, week number + weekday give the date, %G/%V
# need a weekday, %I uses %p. The C locale's names are the only ones known.

_STRPTIME_FIELDS = {
    'd': r'(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'p': r'(?P<p>am|pm)',
}
_STRPTIME_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_STRPTIME_CACHE = {}
_ISO_WEEKDAY_DIRECTIVES = "('%A', '%a', '%w', or '%u')"


def _names_pattern(group, names):
    alternatives = sorted((n.lower() for n in names), key=len, reverse=True)
    return '(?P<%s>%s)' % (group, '|'.join(alternatives))


def _strptime_regex(fmt):
    """The pattern text for `fmt` (ValueError for a bad or stray directive)."""
    import re
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError('stray %% in format %r' % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _STRPTIME_FIELDS:
                out.append(_STRPTIME_FIELDS[d])
            elif d in _STRPTIME_COMPOSITE:
                out.append(_strptime_regex(_STRPTIME_COMPOSITE[d]))
            elif d == 'a':
                out.append(_names_pattern('a', _DAY_NAMES))
            elif d == 'A':
                out.append(_names_pattern('A', _FULL_DAY_NAMES))
            elif d == 'b':
                out.append(_names_pattern('b', _MONTH_NAMES))
            elif d == 'B':
                out.append(_names_pattern('B', _FULL_MONTH_NAMES))
            elif d == 'Z':
                zones = {'utc', 'gmt'}
                zones.update(z.lower() for z in _time.tzname)
                out.append(_names_pattern('Z', zones))
            elif d == '%':
                out.append('%')
            else:
                bad = '%' if d.isspace() else d
                raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(c))
            i += 1
    return ''.join(out)


def _strptime_parts(text, fmt):
    """Parse `text` by `fmt`: (year, month, day, hour, minute, second, weekday, yday,
    microsecond, tzname, gmtoff seconds, gmtoff microseconds, tz given), where the
    year of 'Feb 29' without a year is 1900."""
    compiled = _STRPTIME_CACHE.get(fmt)
    if compiled is None:
        import re
        compiled = re.compile(_strptime_regex(fmt), re.IGNORECASE)
        if len(_STRPTIME_CACHE) > 100:
            _STRPTIME_CACHE.clear()
        _STRPTIME_CACHE[fmt] = compiled
    found = compiled.match(text)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if found.end() != len(text):
        raise ValueError('unconverted data remains: %s' % text[found.end():])
    year = iso_year = iso_week = julian = weekday = week = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    week_starts_monday = False
    twelve = None
    ampm = None
    for key, value in found.groupdict().items():
        if value is None:
            continue
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'b':
            month = [m.lower() for m in _MONTH_NAMES].index(value.lower()) + 1
        elif key == 'B':
            month = [m.lower() for m in _FULL_MONTH_NAMES].index(value.lower()) + 1
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            twelve = int(value)
        elif key == 'p':
            ampm = value.lower()
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'a':
            weekday = [w.lower() for w in _DAY_NAMES].index(value.lower())
        elif key == 'A':
            weekday = [w.lower() for w in _FULL_DAY_NAMES].index(value.lower())
        elif key == 'w':
            weekday = (int(value) + 6) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in 'UW':
            week = int(value)
            week_starts_monday = key == 'W'
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            if value == 'Z':
                gmtoff = 0
            else:
                gmtoff, gmtoff_fraction = _strptime_offset(value)
        elif key == 'Z':
            tzname = value
    if twelve is not None:
        hour = twelve
        if ampm == 'pm':
            if hour != 12:
                hour += 12
        elif hour == 12:
            hour = 0
    if iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive " +
                             _ISO_WEEKDAY_DIRECTIVES + '.')
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive " +
                             _ISO_WEEKDAY_DIRECTIVES + '.')
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        elif iso_year is None:
            year = 1900
    if julian is None and weekday is not None:
        if iso_year is not None:
            year = iso_year
            jan4 = _ymd_to_ord(iso_year, 1, 4)
            monday1 = jan4 - (jan4 + 6) % 7
            julian = monday1 + (iso_week - 1) * 7 + weekday - _ymd_to_ord(year, 1, 1) + 1
        elif week is not None:
            # Days from the start of the week: Monday (%W) or Sunday (%U) is 0.
            first = (_ymd_to_ord(year, 1, 1) + 6) % 7
            offset = weekday
            if not week_starts_monday:
                first = (first + 1) % 7
                offset = (weekday + 1) % 7
            if week == 0:
                # Week 0 is the one holding January 1st.
                julian = 1 + offset - first
            else:
                julian = 1 + (7 - first) % 7 + (week - 1) * 7 + offset
            if julian <= 0:
                year -= 1
                julian += 366 if _is_leap(year) else 365
    if julian is None:
        if not 1 <= year <= MAXYEAR:
            raise ValueError('year %d is out of range' % year)
        if not 1 <= day <= _days_in_month(year, month):
            raise ValueError('day is out of range for month')
        julian = _ymd_to_ord(year, month, day) - _ymd_to_ord(year, 1, 1) + 1
    else:
        if not 1 <= year <= MAXYEAR:
            raise ValueError('year %d is out of range' % year)
        ordinal = julian - 1 + _ymd_to_ord(year, 1, 1)
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % (year + (ordinal > 1)))
        year, month, day = _ord_to_ymd(ordinal)
    if weekday is None:
        weekday = (_ymd_to_ord(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, fraction, tzname,
            gmtoff, gmtoff_fraction)


def _strptime_offset(value):
    """(seconds, microseconds) of a %z value such as '+01:30' or '-0100'."""
    sign = -1 if value[0] == '-' else 1
    body = value[1:]
    if body[2:3] == ':':
        if len(body) > 5 and body[5] != ':':
            raise ValueError('Inconsistent use of : in %s' % value)
        body = body[:2] + body[3:5] + body[6:]
    hours, minutes = int(body[:2]), int(body[2:4])
    seconds = int(body[4:6] or 0)
    micro = body[7:] if len(body) > 6 else ''
    micro = int(micro + '0' * (6 - len(micro))) if micro else 0
    return (sign * (hours * 3600 + minutes * 60 + seconds), sign * micro)


def _strptime(cls, text, fmt):
    """datetime.strptime: the parsed fields as a `cls`, aware if %z was given."""
    if not isinstance(text, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % _arg_type_name(text))
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % _arg_type_name(fmt))
    (year, month, day, hour, minute, second, _weekday, _julian, fraction, tzname,
     gmtoff, gmtoff_fraction) = _strptime_parts(text, fmt)
    tz = None
    if gmtoff is not None:
        delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        tz = timezone(delta, tzname) if tzname else timezone(delta)
    return cls(year, month, day, hour, minute, second, fraction, tz)


datetime_CAPI = None
_UNTRACKED.update(_SLOTS_SIZE)


def _untrack_constants():
    """Untracks the class constants as the C types' are, and has them re-tracked at
    exit: each sits in its own class's namespace, a cycle (class -> constant -> class)
    that only the collector can free, and it cannot see an untracked object's
    references."""
    constants = []
    for cls in (timedelta, date, time, datetime, timezone):
        for name in ('min', 'max', 'resolution', 'utc'):
            value = cls.__dict__.get(name)
            if type(value) in _UNTRACKED:
                _untrack(value)
                constants.append(value)

    def retrack():
        for value in constants:
            _retrack(value)

    import atexit
    atexit.register(retrack)


_untrack_constants()
del _untrack_constants
del _sys
