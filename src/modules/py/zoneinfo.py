"""IANA time zones for datetime, read from the system's compiled zone files.

refpy's own zoneinfo. A zone file is a TZif file (RFC 8536): a table of UTC instants at
which the local offset changes, a table of local time types (offset, DST flag,
abbreviation) and, from version 2 on, a POSIX TZ string that extends the rules past the
last listed instant. `ZoneInfo` keeps the instants twice more, as local wall-clock
readings, once for each value of `fold`, so a local datetime is placed with one
binary search. The lookup rules (which time type covers a gap or a fold, how the DST
amount is guessed from the isdst flags, the two caches) are those of CPython's C
`_zoneinfo` module, whose algorithm is documented in its source.

Exact `ZoneInfo` instances are not tracked by the collector, as CPython's are not (the
C type is no GC type); their tables are tuples of ints.
"""

import os as _os
import sys as _sys
import weakref as _weakref
from bisect import bisect_right as _bisect_right
from operator import index as _index
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']


class ZoneInfoNotFoundError(KeyError):
    """Raised when no zone file exists for a key."""


ZoneInfoNotFoundError.__module__ = 'zoneinfo._common'


class InvalidTZPathWarning(RuntimeWarning):
    """Raised when PYTHONTZPATH names folders that are not absolute."""


InvalidTZPathWarning.__module__ = 'zoneinfo._tzpath'


# ---------------------------------------------------------------------------------------
# The search path
# ---------------------------------------------------------------------------------------

_BUILTIN_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo',
                   '/usr/share/lib/zoneinfo', '/etc/zoneinfo')
_RELATIVE_PATHS = 'Paths should be absolute but found the following relative paths:'

TZPATH = ()


def _relative_list(paths):
    return '\n'.join([_RELATIVE_PATHS] + ['    ' + p for p in paths])


def _path_from_environment():
    text = _os.environ.get('PYTHONTZPATH')
    if text is None:
        return _BUILTIN_TZPATH
    if not text:
        return ()
    parts = text.split(_os.pathsep)
    good = tuple(p for p in parts if _os.path.isabs(p))
    if len(good) != len(parts):
        import warnings
        bad = [p for p in parts if not _os.path.isabs(p)]
        warnings.warn('Invalid paths specified in PYTHONTZPATH environment variable. '
                      + _relative_list(bad), InvalidTZPathWarning, stacklevel=2)
    return good


def reset_tzpath(to=None):
    """Set the folders searched for zone files: `to`, or those of PYTHONTZPATH."""
    global TZPATH
    if to is None:
        TZPATH = _path_from_environment()
        return
    if isinstance(to, (str, bytes)):
        raise TypeError('tzpaths must be a list or tuple, not %s: %r' % (type(to), to))
    relative = [p for p in to if not _os.path.isabs(p)]
    if relative:
        raise ValueError(_relative_list(relative))
    TZPATH = tuple(to)


reset_tzpath()


def _check_key(key):
    """Reject keys that would reach outside the search folders."""
    if _os.path.isabs(key):
        raise ValueError('ZoneInfo keys may not be absolute paths, got: %s' % (key,))
    len(key)
    if _os.path.normpath(key) != key:
        raise ValueError('ZoneInfo keys must be normalized relative paths, got: %s'
                         % (key,))
    text = key if isinstance(key, str) else _os.fsdecode(key)
    if text in ('.', '..') or text.startswith('../'):
        raise ValueError('ZoneInfo keys must refer to subdirectories of TZPATH, got: %s'
                         % (key,))


def _zone_file(key):
    """The first file called `key` in a folder of TZPATH, or None."""
    _check_key(key)
    for folder in TZPATH:
        candidate = _os.path.join(folder, key)
        if _os.path.isfile(candidate):
            return candidate
    return None


def _skipped_name(name):
    return name == 'posixrules' or name.startswith(('posix/', 'right/'))


def available_timezones():
    """Every key of a zone file found under the folders of TZPATH (a new set each call)."""
    found = set()
    for folder in TZPATH:
        if not _os.path.isdir(folder):
            continue
        for here, subdirs, files in _os.walk(folder):
            prefix = _os.path.relpath(here, folder)
            for name in files:
                key = name if prefix == '.' else prefix + '/' + name
                if _skipped_name(key):
                    continue
                try:
                    with open(_os.path.join(here, name), 'rb') as f:
                        if f.read(4) == b'TZif':
                            found.add(key)
                except OSError:
                    pass
    return found


# ---------------------------------------------------------------------------------------
# Reading a TZif file
# ---------------------------------------------------------------------------------------

def _be_int(data, signed=True):
    return int.from_bytes(data, 'big', signed=signed)


class _Reader:
    """Sequential reads from the zone file object, with the errors of a short file."""

    def __init__(self, stream):
        self.stream = stream

    def take(self, count):
        return self.stream.read(count)

    def header(self):
        """(version, counts) of a TZif header: the six counts, isutcnt first."""
        if self.take(4) != b'TZif':
            raise ValueError('Invalid TZif file: magic not found')
        version_byte = self.take(1)
        version = 1 if version_byte == b'\x00' else int(version_byte)
        self.take(15)
        raw = self.take(24)
        return version, [_be_int(raw[i:i + 4], False) for i in range(0, 24, 4)]

    def block(self, counts, width):
        """The transitions, indices, time types and abbreviations of one data block."""
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        raw = self.take(timecnt * width)
        instants = tuple(_be_int(raw[i:i + width]) for i in range(0, len(raw), width))
        indices = tuple(self.take(timecnt))
        types = []
        raw = self.take(typecnt * 6)
        for at in range(0, len(raw), 6):
            types.append((_be_int(raw[at:at + 4]), raw[at + 4], raw[at + 5]))
        chars = self.take(charcnt)
        self.take(leapcnt * (width + 4) + isstdcnt + isutcnt)
        return instants, indices, types, chars


def _abbreviation(chars, start):
    end = chars.find(b'\x00', start)
    return chars[start:].decode() if end < 0 else chars[start:end].decode()


def _parse_tzif(stream):
    """(instants, type index per instant, offsets, isdst flags, names, footer bytes)."""
    reader = _Reader(stream)
    version, counts = reader.header()
    if version == 1:
        instants, indices, types, chars = reader.block(counts, 4)
        footer = None
    else:
        reader.take(counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8
                    + counts[1] + counts[0])
        version, counts = reader.header()
        instants, indices, types, chars = reader.block(counts, 8)
        footer = stream.read().strip(b'\n') or None
    offsets = tuple(t[0] for t in types)
    flags = tuple(bool(t[1]) for t in types)
    names = tuple(_abbreviation(chars, t[2]) for t in types)
    return instants, indices, offsets, flags, names, footer


# ---------------------------------------------------------------------------------------
# Local time types and the rules of a POSIX TZ string
# ---------------------------------------------------------------------------------------

_DELTAS = {}


def _delta(seconds):
    """One shared timedelta per number of seconds (the zones repeat a few offsets)."""
    found = _DELTAS.get(seconds)
    if found is None:
        found = _DELTAS[seconds] = _timedelta(seconds=seconds)
    return found


class _Kind:
    """A local time type: the UTC offset (also in seconds), the DST amount, the name."""

    __slots__ = ('seconds', 'offset', 'dst', 'name')

    def __init__(self, seconds, dst_seconds, name):
        self.seconds = seconds
        self.offset = _delta(seconds)
        self.dst = _delta(dst_seconds)
        self.name = name

    def same(self, other):
        return (self.offset == other.offset and self.dst == other.dst
                and self.name == other.name)


_NO_KIND = _Kind(0, 0, None)
_NO_KIND.offset = _NO_KIND.dst = None

_EPOCH_DAY = 719163          # date(1970, 1, 1).toordinal()
_MONTH_STARTS = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _day_number(year, month, day):
    """Days from 1970-01-01 to the given date."""
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400 + _MONTH_STARTS[month] + day
    if month > 2 and _leap(year):
        days += 1
    return days - _EPOCH_DAY


def _month_rule_day(year, month, week, weekday):
    """Day of the month of the `week`-th `weekday` (0 = Sunday; week 5 = the last)."""
    first = (_day_number(year, month, 1) + 4) % 7      # 1970-01-01 was a Thursday
    day = 1 + (weekday - first) % 7 + 7 * (week - 1)
    length = _MONTH_STARTS[month + 1] - _MONTH_STARTS[month]
    if month == 2 and _leap(year):
        length += 1
    while day > length:
        day -= 7
    return day


def _rule_moment(rule, year):
    """The wall-clock second (from the epoch) at which `rule` fires in `year`."""
    form, a, b, c, at = rule
    if form == 'M':
        days = _day_number(year, a, _month_rule_day(year, a, b, c))
    else:
        ordinal = a
        if form == 'J' and ordinal >= 59 and _leap(year):
            ordinal += 1
        days = _day_number(year, 1, 1) - 1 + ordinal
    return days * 86400 + at


class _Rules:
    """The zone after its last listed transition: standard time, maybe with DST."""

    __slots__ = ('std', 'dst', 'gain', 'start', 'end')

    def __init__(self, std, dst=None, start=None, end=None):
        self.std = std
        self.dst = dst
        self.gain = 0 if dst is None else dst.seconds - std.seconds
        self.start = start
        self.end = end

    def _year_bounds(self, year):
        return _rule_moment(self.start, year), _rule_moment(self.end, year)

    @staticmethod
    def _inside(moment, start, end):
        if start < end:
            return start <= moment < end
        return moment < end or moment >= start

    def for_wall(self, wall, fold, year):
        if self.dst is None:
            return self.std
        start, end = self._year_bounds(year)
        gain = self.gain
        # Which side of the gap or repetition a wall time lands on depends on fold and
        # on whether DST moves clocks forward (the usual case) or back.
        if fold == (gain >= 0):
            end -= gain
        else:
            start += gain
        return self.dst if self._inside(wall, start, end) else self.std

    def for_utc(self, moment, year):
        """(kind, fold) at a UTC second."""
        if self.dst is None:
            return self.std, False
        start, end = self._year_bounds(year)
        start -= self.std.seconds
        end -= self.dst.seconds
        gain = self.gain
        if gain > 0:
            repeated = end <= moment < end + gain
        else:
            repeated = start <= moment < start - gain
        kind = self.dst if self._inside(moment, start, end) else self.std
        return kind, repeated


class _TZText:
    """A cursor over the bytes of a POSIX TZ string (`std offset [dst [offset] ,r,r]`)."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def peek(self):
        return self.text[self.at:self.at + 1]

    def digits(self, most):
        """Up to `most` ASCII digits as an int, or None when there is none."""
        begin = self.at
        while self.at - begin < most and self.peek().isdigit():
            self.at += 1
        return int(self.text[begin:self.at]) if self.at > begin else None

    def name(self):
        """An abbreviation (`<...>` quoted or letters), or None when malformed/empty."""
        text = self.text
        if self.peek() == b'<':
            close = text.find(b'>', self.at)
            inner = text[self.at + 1:close] if close >= 0 else text[self.at + 1:]
            if close < 0 or any(not (chr(ch).isalnum() and ch < 128) and ch not in b'+-'
                                for ch in inner):
                return None
            self.at = close + 1
            return inner.decode()
        begin = self.at
        while self.peek().isalpha():
            self.at += 1
        return text[begin:self.at].decode() if self.at > begin else None

    def offset(self):
        """A UTC offset in seconds east (the string counts west), or None."""
        sign = -1
        if self.peek() in (b'+', b'-'):
            if self.peek() == b'-':
                sign = 1
            self.at += 1
        hours = self.digits(2)
        if hours is None or hours > 24:
            return None
        parts = [hours]
        while len(parts) < 3 and self.peek() == b':':
            self.at += 1
            begin = self.at
            value = self.digits(2)
            if value is None or self.at - begin != 2:
                return None
            parts.append(value)
        parts += [0] * (3 - len(parts))
        return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])

    def clock(self):
        """The `/time` of a rule: seconds after local midnight (default 02:00)."""
        if self.peek() != b'/':
            return 7200
        self.at += 1
        sign = 1
        if self.peek() in (b'+', b'-'):
            sign = -1 if self.peek() == b'-' else 1
            self.at += 1
        hours = self.digits(2)
        if hours is None:
            return None
        total = hours * 3600
        for scale in (60, 1):
            if self.peek() != b':':
                break
            self.at += 1
            begin = self.at
            value = self.digits(2)
            if value is None or self.at - begin != 2:
                return None
            total += value * scale
        return sign * total

    def rule(self):
        """One `Mm.w.d`, `Jn` or `n` date with its time, as a tuple for _rule_moment."""
        if self.peek() == b'M':
            self.at += 1
            fields = []
            month = self.digits(2)
            if month is None:
                return None
            fields.append(month)
            for _ in range(2):
                if self.peek() != b'.':
                    return None
                self.at += 1
                value = self.digits(1)
                if value is None:
                    return None
                fields.append(value)
            at = self.clock()
            month, week, weekday = fields
            if at is None or not (0 < month <= 12 and 0 < week <= 5 and weekday <= 6):
                return None
            return ('M', month, week, weekday, at)
        form = 'N'
        if self.peek() == b'J':
            form = 'J'
            self.at += 1
        day = self.digits(3)
        if day is None:
            return None
        at = self.clock()
        if at is None or day > 365 or (form == 'J' and day < 1):
            return None
        return (form, day, 0, 0, at)


def _rules_from_tz(text):
    """The _Rules a TZ string (bytes) describes; ValueError with CPython's texts."""
    cursor = _TZText(text)
    std_name = cursor.name()
    if std_name is None:
        raise ValueError('Invalid STD format in %r' % (text,))
    std = cursor.offset()
    if std is None:
        raise ValueError('Invalid STD offset in %r' % (text,))
    if cursor.at == len(text):
        return _Rules(_Kind(std, 0, std_name))
    dst_name = cursor.name()
    if dst_name is None:
        raise ValueError('Invalid DST format in %r' % (text,))
    if cursor.peek() == b',':
        dst = std + 3600
    else:
        dst = cursor.offset()
        if dst is None:
            raise ValueError('Invalid DST offset in %r' % (text,))
    moments = []
    for _ in range(2):
        if cursor.peek() != b',':
            raise ValueError('Missing transition rules in TZ string: %r' % (text,))
        cursor.at += 1
        rule = cursor.rule()
        if rule is None:
            raise ValueError('Malformed transition rule in TZ string: %r' % (text,))
        moments.append(rule)
    if cursor.at != len(text):
        raise ValueError('Extraneous characters at end of TZ string: %r' % (text,))
    return _Rules(_Kind(std, 0, std_name), _Kind(dst, dst - std, dst_name), *moments)


def _guess_dst_amounts(indices, offsets, flags):
    """DST amounts (seconds) per time type: TZif files keep only an isdst flag, so the
    amount is the offset's difference from a neighbouring standard-time type."""
    amounts = [0] * len(offsets)
    count = len(indices)
    for n in range(1, count):
        kind = indices[n]
        if not flags[kind] or amounts[kind]:
            continue
        before = indices[n - 1]
        amount = 0 if flags[before] else offsets[kind] - offsets[before]
        if not amount and kind < len(offsets) - 1:
            if n + 1 >= count:
                continue
            after = indices[n + 1]
            if flags[after]:
                continue
            amount = offsets[kind] - offsets[after]
        amounts[kind] = amount
    return [3600 if flag and not amount else amount
            for flag, amount in zip(flags, amounts)]


# ---------------------------------------------------------------------------------------
# ZoneInfo
# ---------------------------------------------------------------------------------------

class _ReadOnly:
    """The `key` member: readable, never assignable."""

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._zi_key

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


def _argument_error(text):
    return TypeError(text)


def _plural(n):
    return '' if n == 1 else 's'


def _bind(args, kwargs, names, required, positional_only=0):
    """Binds like a C function parsing `O|O`: CPython's messages for `function`."""
    given = len(args) + len(kwargs)
    if given > len(names):
        raise _argument_error('function takes at most %d argument%s (%d given)'
                              % (len(names), _plural(len(names)), given))
    if len(args) < positional_only:
        raise _argument_error('function takes at least %d positional argument%s '
                              '(%d given)' % (positional_only, _plural(positional_only),
                                              len(args)))
    values = []
    left = dict(kwargs)
    for n, name in enumerate(names):
        if n < len(args):
            if name in left and n >= positional_only:
                raise _argument_error("argument for function given by name ('%s') and "
                                      "position (%d)" % (name, n + 1))
            values.append(args[n])
        elif n >= positional_only and name in left:
            values.append(left.pop(name))
        elif n < required:
            raise _argument_error("function missing required argument '%s' (pos %d)"
                                  % (name, n + 1))
        else:
            values.append(None)
    if left:
        raise _argument_error("'%s' is an invalid keyword argument for this function"
                              % (next(iter(left)),))
    return values


_FROM_CACHE = 'cache'
_UNCACHED = 'nocache'
_FROM_FILE = 'file'

_STRONG_SIZE = 8


class ZoneInfo(_tzinfo):
    __slots__ = ('_zi_key', '_zi_origin', '_zi_file', '_zi_utc', '_zi_walls',
                 '_zi_kinds', '_zi_first', '_zi_after', '_zi_fixed', '__weakref__')

    key = _ReadOnly()

    def __new__(cls, *args, **kwargs):
        key, = _bind(args, kwargs, ('key',), 1)
        found = _strong_get(cls, key)
        if found is not None:
            return found
        weak = _weak_cache_of(cls)
        found = weak.get(key, None)
        if found is None:
            fresh = _load_key(cls, key)
            found = weak.setdefault(key, fresh)
            found._zi_origin = _FROM_CACHE
        _strong_put(cls, key, found)
        return found

    def __init_subclass__(cls, *args, **kwargs):
        cls._weak_cache = _weakref.WeakValueDictionary()

    @classmethod
    def no_cache(cls, *args, **kwargs):
        key, = _bind(args, kwargs, ('key',), 1)
        zone = _load_key(cls, key)
        zone._zi_origin = _UNCACHED
        return zone

    @classmethod
    def from_file(cls, *args, **kwargs):
        fobj, key = _bind(args, kwargs, ('', 'key'), 1, positional_only=1)
        zone = _blank(cls)
        described = repr(fobj)
        _fill(zone, fobj)
        zone._zi_origin = _FROM_FILE
        zone._zi_file = described
        zone._zi_key = key
        return zone

    @classmethod
    def clear_cache(cls, *args, **kwargs):
        if args:
            raise _argument_error('function takes no positional arguments')
        only_keys, = _bind((), kwargs, ('only_keys',), 0)
        weak = _weak_cache_of(cls)
        if only_keys is None:
            weak.clear()
            if cls is ZoneInfo:
                _STRONG.clear()
            return
        for key in only_keys:
            if cls is ZoneInfo:
                _strong_drop(key)
            weak.pop(key, None)

    @classmethod
    def _unpickle(cls, *args):
        if len(args) != 2:
            raise _argument_error('function takes exactly 2 arguments (%d given)'
                                  % len(args))
        key, cached = args
        if _index(cached) & 0xFF:       # a C unsigned char: no range check
            return cls(key)
        return _load_key(cls, key)

    def __reduce__(self):
        if self._zi_origin == _FROM_FILE:
            import pickle
            raise pickle.PicklingError('Cannot pickle a ZoneInfo file from a file stream.')
        return (self._unpickle, (self._zi_key, 1 if self._zi_origin == _FROM_CACHE else 0))

    def __sizeof__(self):
        # refpy gives every instance of a class written in Python a GC header, which
        # the C type's instances lack.
        size = object.__sizeof__(self)
        return size - 16 if type(self) is ZoneInfo else size

    def __repr__(self):
        cls = type(self)
        shown = 'zoneinfo.ZoneInfo' if cls is ZoneInfo else cls.__name__
        if self._zi_key is not None:
            return '%s(key=%r)' % (shown, self._zi_key)
        return '%s.from_file(%s)' % (shown, self._zi_file)

    def __str__(self):
        if self._zi_key is not None:
            return self._zi_key
        return repr(self)

    def utcoffset(self, dt):
        return _kind_at(self, dt).offset

    def dst(self, dt):
        return _kind_at(self, dt).dst

    def tzname(self, dt):
        return _kind_at(self, dt).name

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        moment = _wall_seconds(dt)
        utc = self._zi_utc
        kinds = self._zi_kinds
        count = len(utc)
        if count and moment < utc[0]:
            kind, fold = self._zi_first, False
        elif not count or moment > utc[-1]:
            kind, fold = self._zi_after.for_utc(moment, dt.year)
            if count:
                previous = kinds[-2] if count > 1 else self._zi_first
                overlap = previous.seconds - kind.seconds
                if overlap > 0 and moment < utc[-1] + overlap:
                    fold = True
        else:
            n = _bisect_right(utc, moment)
            kind = kinds[n - 1]
            previous = kinds[n - 2] if n >= 2 else self._zi_first
            fold = previous.seconds - kind.seconds > moment - utc[n - 1]
        local = dt + kind.offset
        if fold:
            local = local.replace(fold=1)
        return local


ZoneInfo.__module__ = 'zoneinfo'
_sys._c_layout(ZoneInfo, 208, False, True)
_c_type(ZoneInfo)

_WEAK = _weakref.WeakValueDictionary()
_STRONG = {}


# Untracked zones still alive; at exit they are tracked again (and the strong cache is
# emptied): a zone refers to its class, so an untracked one would hide from the
# collector the references that keep this module's cycles alive, and the module could
# not be freed at shutdown (datetime re-tracks its constants for the same reason).
_UNTRACKED_ZONES = _weakref.WeakSet()


def _forget_cached_zones():
    _STRONG.clear()
    for zone in list(_UNTRACKED_ZONES):
        _retrack(zone)
    _UNTRACKED_ZONES.clear()


import atexit as _atexit
_atexit.register(_forget_cached_zones)
del _atexit


def _weak_cache_of(cls):
    if cls is ZoneInfo:
        return _WEAK
    return cls._weak_cache


def _strong_get(cls, key):
    if cls is not ZoneInfo or key not in _STRONG:
        return None
    zone = _STRONG.pop(key)
    _STRONG[key] = zone          # now the most recently used
    return zone


def _strong_put(cls, key, zone):
    if cls is not ZoneInfo:
        return
    _STRONG.pop(key, None)
    _STRONG[key] = zone
    while len(_STRONG) > _STRONG_SIZE:
        del _STRONG[next(iter(_STRONG))]


def _strong_drop(key):
    _STRONG.pop(key, None)


def _blank(cls):
    zone = object.__new__(cls)
    if cls is ZoneInfo:
        _untrack(zone)
        _UNTRACKED_ZONES.add(zone)
    return zone


def _load_key(cls, key):
    path = _zone_file(key)
    if path is None:
        raise ZoneInfoNotFoundError('No time zone found with key %s' % (key,))
    zone = _blank(cls)
    with open(path, 'rb') as stream:
        _fill(zone, stream)
    zone._zi_key = key
    zone._zi_file = None
    return zone


def _fill(zone, stream):
    """Loads the zone file's tables into `zone`."""
    instants, indices, offsets, flags, names, footer = _parse_tzif(stream)
    for index in indices:
        if index > len(offsets):
            raise ValueError('Invalid transition index found while reading TZif: %d'
                             % index)
    amounts = _guess_dst_amounts(indices, offsets, flags)
    types = [_Kind(offsets[n], amounts[n], names[n]) for n in range(len(offsets))]
    kinds = tuple(types[i] for i in indices)

    # Wall-clock readings of each transition: with fold=0 a time in a gap or a
    # repetition belongs to the earlier type, with fold=1 to the later one, so the
    # boundary sits at the larger, respectively smaller, of the two offsets.
    early, late = [], []
    for n, instant in enumerate(instants):
        before = offsets[indices[n - 1]] if n else offsets[0]
        after = offsets[indices[n]]
        early.append(instant + max(before, after))
        late.append(instant + min(before, after))

    first = next((t for t, flag in zip(types, flags) if not flag), None)
    if first is None and types:
        first = types[0]

    if footer:
        after = _rules_from_tz(footer)
    else:
        if not types:
            raise ValueError('No time zone information found.')
        last = types[indices[-1]] if indices else types[-1]
        kind = _Kind(last.seconds, 0, last.name)
        if last.dst:
            kind.dst = last.dst
        after = _Rules(kind)

    if len(types) > 1 or after.dst is not None:
        fixed = False
    elif not types:
        fixed = True
    else:
        fixed = types[0].same(after.std)

    zone._zi_utc = tuple(instants)
    zone._zi_walls = (tuple(early), tuple(late))
    zone._zi_kinds = kinds
    zone._zi_first = first
    zone._zi_after = after
    zone._zi_fixed = fixed


def _wall_seconds(dt):
    """Seconds from 1970-01-01 00:00 to the reading of dt's clock (its own fields)."""
    return (dt.toordinal() - _EPOCH_DAY) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


def _kind_at(zone, dt):
    if dt is None:
        return zone._zi_after.std if zone._zi_fixed else _NO_KIND
    moment = _wall_seconds(dt)
    fold = dt.fold
    walls = zone._zi_walls[1 if fold else 0]
    if walls and moment < walls[0]:
        return zone._zi_first
    if not walls or moment > walls[-1]:
        return zone._zi_after.for_wall(moment, bool(fold), dt.year)
    return zone._zi_kinds[_bisect_right(walls, moment) - 1]
