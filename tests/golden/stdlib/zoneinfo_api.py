# zoneinfo: construction, caches, reprs, pickling, errors and the search path.
import gc
import io
import pickle
import sys
import zoneinfo
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', repr(result))


print(zoneinfo.__all__)
print(zoneinfo.TZPATH)
print(ZoneInfo.__mro__)
print(ZoneInfoNotFoundError.__mro__)
print(zoneinfo.InvalidTZPathWarning.__mro__)

ny = ZoneInfo('America/New_York')
print(repr(ny), str(ny), ny.key)
print(ny is ZoneInfo('America/New_York'), ny is ZoneInfo(key='America/New_York'))
fresh = ZoneInfo.no_cache('America/New_York')
print(fresh is ny, fresh == ny, repr(fresh))
print(ZoneInfo('America/New_York') is ny)

# keys
for key in ['/etc/passwd', '../x', 'a/../b', 'America/New_York/', '', '.', '..',
            './UTC', 'America//Chicago', 'x/..', '..foo', 'Nope/Zone', 'America',
            'zone.tab', 'UTC', 'Etc/GMT+5']:
    attempt('key %r' % (key,), lambda: ZoneInfo(key))
for bad in [3, None, b'UTC', []]:
    attempt('key %r' % (bad,), lambda: ZoneInfo(bad))
try:
    ZoneInfo('Mars/Olympus_Mons')
except KeyError as e:
    print('KeyError caught:', type(e).__name__, e.args)

# arguments
attempt('no args', lambda: ZoneInfo())
attempt('two args', lambda: ZoneInfo('UTC', 'x'))
attempt('bad keyword', lambda: ZoneInfo(k='UTC'))
attempt('extra keyword', lambda: ZoneInfo('UTC', k=1))
attempt('no_cache()', lambda: ZoneInfo.no_cache())
attempt('no_cache missing', lambda: ZoneInfo.no_cache('Nope'))
attempt('from_file()', lambda: ZoneInfo.from_file())
attempt('from_file 3 args', lambda: ZoneInfo.from_file(1, 2, 3))
attempt('from_file bad kw', lambda: ZoneInfo.from_file(1, k=3))
attempt('clear_cache(1)', lambda: ZoneInfo.clear_cache(1))
attempt('clear_cache(x=1)', lambda: ZoneInfo.clear_cache(x=1))
attempt('clear_cache(only_keys=1)', lambda: ZoneInfo.clear_cache(only_keys=1))

# the read-only key, no instance dict
attempt('set key', lambda: setattr(ny, 'key', 'x'))
attempt('del key', lambda: delattr(ny, 'key'))
attempt('set other', lambda: setattr(ny, 'other', 1))

# caches
a = ZoneInfo('Europe/Paris')
ZoneInfo.clear_cache(only_keys=['Europe/Paris'])
b = ZoneInfo('Europe/Paris')
print('after clear only_keys:', a is b, b is ZoneInfo('Europe/Paris'))
ZoneInfo.clear_cache()
print('after clear:', b is ZoneInfo('Europe/Paris'))
c = ZoneInfo('Europe/Paris')
# the strong cache keeps the 8 most recently used zones alive
names = ['Asia/Tokyo', 'Asia/Kolkata', 'Europe/London', 'Europe/Berlin', 'Africa/Cairo',
         'America/Chicago', 'America/Denver', 'Australia/Sydney', 'Pacific/Auckland']
ids = {}
for n in names:
    ids[n] = ZoneInfo(n)
del ids
print('kept', ZoneInfo('Asia/Kolkata') is ZoneInfo('Asia/Kolkata'))


class Sub(ZoneInfo):
    pass


s = Sub('UTC')
print(repr(s), str(s), s is Sub('UTC'), s is ZoneInfo('UTC'), type(Sub._weak_cache).__name__)
print(isinstance(s, ZoneInfo), type(Sub.no_cache('UTC')).__name__)

# pickling: by key; the unpickled zone comes from the cache (or not)
for zone in (ny, fresh, s):
    back = pickle.loads(pickle.dumps(zone))
    print('pickle', repr(zone), '->', repr(back), back is zone, type(back).__name__)
print(ny.__reduce__()[1], fresh.__reduce__()[1])
print(ZoneInfo._unpickle('UTC', 1) is ZoneInfo('UTC'), ZoneInfo._unpickle('UTC', 0) is ZoneInfo('UTC'))
attempt('_unpickle 1 arg', lambda: ZoneInfo._unpickle('UTC'))

# from_file
with open('/usr/share/zoneinfo/Europe/Paris', 'rb') as f:
    paris_bytes = f.read()


class Labelled(io.BytesIO):
    def __repr__(self):
        return '<zone bytes>'


pf = ZoneInfo.from_file(Labelled(paris_bytes))
print(repr(pf), str(pf), pf.key)
print(pf.utcoffset(datetime(2023, 7, 1)), pf.tzname(datetime(2023, 1, 1)))
attempt('pickle from_file', lambda: pickle.dumps(pf))
pk = ZoneInfo.from_file(io.BytesIO(paris_bytes), key='Paris/Mine')
print(repr(pk), str(pk), pk is ZoneInfo.from_file(io.BytesIO(paris_bytes), key='Paris/Mine'))
print(pickle.loads(pickle.dumps(ZoneInfo('Europe/Paris'))) is ZoneInfo('Europe/Paris'))
attempt('from_file empty', lambda: ZoneInfo.from_file(io.BytesIO(b'')))
attempt('from_file magic', lambda: ZoneInfo.from_file(io.BytesIO(b'TZxf2' + bytes(40))))
attempt('from_file short', lambda: ZoneInfo.from_file(io.BytesIO(b'TZif')))
attempt('from_file no second header', lambda: ZoneInfo.from_file(io.BytesIO(b'TZif2' + bytes(39))))
attempt('from_file bytes', lambda: ZoneInfo.from_file(b'abc'))

# None as the datetime (datetime.time's tzinfo calls)
print(ZoneInfo('UTC').utcoffset(None), ZoneInfo('UTC').tzname(None), ZoneInfo('UTC').dst(None))
print(ny.utcoffset(None), ny.tzname(None), ny.dst(None))
print(time(12, tzinfo=ZoneInfo('Etc/GMT-3')).utcoffset(), time(12, tzinfo=ny).utcoffset())
attempt('utcoffset(3)', lambda: ny.utcoffset(3))
attempt('fromutc(3)', lambda: ny.fromutc(3))
attempt('fromutc naive', lambda: ny.fromutc(datetime(2020, 1, 1)))
attempt('fromutc other tz', lambda: ny.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)))
print(ny.fromutc(datetime(2020, 1, 1, tzinfo=ny)))

# the search path
attempt('reset str', lambda: zoneinfo.reset_tzpath('abc'))
attempt('reset bytes', lambda: zoneinfo.reset_tzpath(b'abc'))
attempt('reset int', lambda: zoneinfo.reset_tzpath(3))
attempt('reset relative', lambda: zoneinfo.reset_tzpath(['a', '/b', 'c']))
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath(['/nonexistent/zones'])
print(zoneinfo.TZPATH, sorted(zoneinfo.available_timezones()))
attempt('not found on new path', lambda: ZoneInfo('Asia/Tokyo'))
print('cached still found:', ZoneInfo('America/New_York') is ny)
attempt('no_cache on new path', lambda: ZoneInfo.no_cache('America/New_York'))
zoneinfo.reset_tzpath(iter(['/x']))
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath(to=('/usr/share/zoneinfo',))
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)

zones = zoneinfo.available_timezones()
print(type(zones).__name__, len(zones) > 300, zones is zoneinfo.available_timezones())
print([k in zones for k in ('UTC', 'America/New_York', 'Europe/London', 'posixrules',
                            'posix/UTC', 'right/UTC', 'zone.tab', 'iso3166.tab', 'Factory')])

# memory: the C type is no GC type and has C's size; subclass instances are tracked
print(sys.getsizeof(ny), gc.is_tracked(ny), gc.is_tracked(s))
print(gc.is_tracked(pf))
