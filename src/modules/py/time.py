# refpy's time module, Python half: struct_time and the calendar functions. The clocks
# and sleep are native (src/modules/time.rs), which loads this file on the first use of a
# name it does not have. refpy reads no time zone database: local time is UTC, as on a
# machine whose zone is UTC.

import sys as _sys

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
           'Dec')


struct_time = _sys._structseq_type(
    'time.struct_time', _FIELDS + ('tm_zone', 'tm_gmtoff'), 9,
    'The time value sequence of gmtime(), localtime() and strptime(): nine visible\n'
    'fields, with tm_zone and tm_gmtoff as attributes only.')


def _days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date (any month: it carries)."""
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


def _seconds(secs):
    """The whole seconds of a time argument (floats round toward minus infinity)."""
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        return int(secs // 1)
    return secs.__index__() if hasattr(type(secs), '__index__') else _not_an_int(secs)


def _not_an_int(value):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _struct(secs, zone):
    days, rest = divmod(_seconds(secs), 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    # Made by C (PyStructSequence_New): an untracked GC object.
    return _untrack_gc(struct_time((y, m, d, rest // 3600, rest // 60 % 60, rest % 60,
                                         (days + 3) % 7, yday, 0, zone, 0)))


def gmtime(secs=None):
    return _struct(secs, 'GMT')


def localtime(secs=None):
    return _struct(secs, 'UTC')


def _tuple_arg(t, funcname):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % funcname)
    return t


def mktime(t):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('mktime(): illegal time tuple argument')
    y, m, d, hh, mm, ss = (int(v) for v in t[:6])
    return float(_days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss)


def asctime(t=None):
    t = _tuple_arg(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (
        _DAYS[t[6] % 7], _MONTHS[(t[1] - 1) % 12], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


class _Zone:
    """What datetime's strftime asks of %z and %Z."""

    def __init__(self, t):
        self._t = t

    def utcoffset(self):
        import datetime
        gmtoff = getattr(self._t, 'tm_gmtoff', None)
        return datetime.timedelta(seconds=gmtoff or 0)

    def tzname(self):
        return getattr(self._t, 'tm_zone', None) or tzname[0]


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % ('None' if format is None else type(format).__name__))
    t = _tuple_arg(t, 'strftime')
    import datetime
    return datetime._strftime(format, 'strftime', t[0], t[1], t[2], t[3], t[4], t[5], 0,
                              _Zone(t), False)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    for i, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (i, type(arg)))
    import datetime
    (year, month, day, hour, minute, second, weekday, julian, _fraction, zone, gmtoff,
     _gmtoff_fraction) = datetime._strptime_parts(data_string, format)
    isdst = 0 if zone is not None and zone.lower() in ('utc', 'gmt') else -1
    # CPython's `_strptime` makes it in Python: a tracked one.
    return struct_time((year, month, day, hour, minute, second, weekday, julian, isdst,
                        zone, gmtoff))


def strptime(*args):
    """strptime(string, format) -> struct_time: parse a string to a time tuple
    according to a format specification (see strftime() for the directives)."""
    return _strptime_time(*args)


def get_clock_info(name):
    import types
    clocks = {
        'time': ('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09),
        'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09),
    }
    if name not in clocks:
        raise ValueError('unknown clock')
    implementation, monotonic, adjustable, resolution = clocks[name]
    return types.SimpleNamespace(implementation=implementation, monotonic=monotonic,
                                 adjustable=adjustable, resolution=resolution)

_untrack_gc = _sys._untrack_gc
del _sys
