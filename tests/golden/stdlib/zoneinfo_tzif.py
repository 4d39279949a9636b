# zoneinfo.ZoneInfo.from_file over TZif files built here: versions 1 and 2, POSIX TZ
# string footers (M, J and n rules, times, quoted names, negative DST) and bad files.
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def tzif(version, transitions, types, footer=None):
    """transitions: [(utc_seconds, type_index)], types: [(offset, isdst, abbr)]."""
    chars = b''
    where = []
    for _, _, abbr in types:
        where.append(len(chars))
        chars += abbr.encode() + b'\0'

    def block(width):
        fmt = '>q' if width == 8 else '>l'
        body = b''.join(struct.pack(fmt, t) for t, _ in transitions)
        body += bytes(i for _, i in transitions)
        body += b''.join(struct.pack('>lBB', off, dst, at)
                         for (off, dst, _), at in zip(types, where))
        body += chars
        head = b'TZif' + version + bytes(15)
        head += struct.pack('>6l', 0, 0, 0, len(transitions), len(types), len(chars))
        return head + body

    data = block(4)
    if version != b'\0':
        data += block(8) + b'\n' + (footer or b'') + b'\n'
    return data


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', result)


def show(zone, *stamps):
    for stamp in stamps:
        for fold in (0, 1):
            d = datetime(*stamp, fold=fold, tzinfo=zone)
            print('  %s fold=%d %s %s %s' % (d.replace(tzinfo=None), fold, d.utcoffset(),
                                            d.dst(), d.tzname()))


def utc_walk(zone, start, hours, step=1):
    t = datetime(*start, tzinfo=timezone.utc)
    for _ in range(hours):
        local = t.astimezone(zone)
        print('  %s -> %s fold=%d %s' % (t.replace(tzinfo=None), local.replace(tzinfo=None),
                                       local.fold, local.tzname()))
        t += timedelta(hours=step)


H = 3600
# A version-1 file: two transitions, no footer; after them the last type holds.
v1 = tzif(b'\0', [(0, 1), (86400 * 100, 0)], [(-5 * H, 0, 'EST'), (-4 * H, 1, 'EDT')])
z = ZoneInfo.from_file(io.BytesIO(v1), key='Test/V1')
print(repr(z))
show(z, (1969, 6, 1), (1970, 2, 1), (1970, 4, 11, 0, 30), (2050, 1, 1))
utc_walk(z, (1970, 4, 11, 2), 4)

# Version 2 with only a fixed footer
fixed = ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [(19800, 0, 'IST')], b'IST-5:30')))
show(fixed, (2000, 1, 1))
print('  time of day:', fixed.utcoffset(None), fixed.tzname(None))

# US-style rules from the footer only
us = ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [(-5 * H, 0, 'EST')],
                                        b'EST5EDT,M3.2.0,M11.1.0')))
show(us, (2030, 3, 10, 1, 30), (2030, 3, 10, 2, 30), (2030, 3, 10, 3, 30),
     (2030, 11, 3, 0, 30), (2030, 11, 3, 1, 30), (2030, 11, 3, 2, 30))
utc_walk(us, (2030, 11, 3, 4), 4)
print('  time of day:', us.utcoffset(None), us.tzname(None))

# Southern hemisphere (DST across new year), quoted names, explicit times and offsets
south = ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [(-3 * H, 0, '-03')],
                                           b'<-04>4<-03>,M9.1.6/24,M4.1.6/24')))
show(south, (2031, 1, 15), (2031, 6, 15), (2031, 4, 5, 23, 30), (2031, 9, 7, 0, 30))
utc_walk(south, (2031, 4, 6, 1), 4)

# Negative DST (Irish style): winter is the "DST" period
irish = ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [(H, 0, 'IST')],
                                           b'IST-1GMT0,M10.5.0,M3.5.0/1')))
show(irish, (2032, 1, 10), (2032, 7, 10), (2032, 10, 31, 1, 30), (2032, 3, 28, 1, 30))
utc_walk(irish, (2032, 10, 30, 23), 4)

# Julian-day rules: Jn skips Feb 29, n counts it; /time with minutes and seconds
jul = ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [(0, 0, 'AAA')],
                                         b'AAA0BBB-2,J60/1:30,300/23:59:59')))
show(jul, (2032, 3, 1, 1, 0), (2032, 3, 1, 2, 0), (2033, 3, 1, 2, 0),
     (2032, 10, 27, 23, 0), (2032, 10, 28, 1, 0))
# A dst offset that is not one hour, with the default 02:00 transition time
half = ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [(10 * H + 1800, 0, 'LHST')],
                                          b'<+1030>-10:30<+11>-11,M10.1.0,M4.1.0')))
show(half, (2033, 10, 2, 2, 15), (2033, 4, 3, 1, 45), (2033, 7, 1))

# Transitions followed by a footer: the rule takes over after the last one
mixed = ZoneInfo.from_file(io.BytesIO(tzif(
    b'2', [(-2 * 10 ** 9, 1), (10 ** 9, 2)],
    [(-17762, 0, 'LMT'), (-5 * H, 0, 'EST'), (-4 * H, 1, 'EDT')],
    b'EST5EDT,M3.2.0,M11.1.0')))
show(mixed, (1900, 1, 1), (1960, 1, 1), (2001, 9, 8, 21), (2001, 9, 9, 0), (2040, 7, 4),
     (2040, 11, 4, 1, 30))
utc_walk(mixed, (2001, 9, 9, 0), 4)
print('  dst of the DST type:', mixed.dst(datetime(2000, 1, 1)))

# DST amount guessed from neighbouring standard types; 1h when there is none
guess = ZoneInfo.from_file(io.BytesIO(tzif(
    b'2', [(0, 0), (1000 * H, 1), (2000 * H, 0), (3000 * H, 2)],
    [(2 * H, 0, 'STD'), (4 * H, 1, 'DBL'), (3 * H, 1, 'ONLY')], b'')))
show(guess, (1970, 2, 12), (1970, 3, 25), (1970, 6, 1), (1990, 1, 1))

# Malformed footers and files
for footer in [b'E5', b'EST', b'EST5EDT', b'EST5EDT4', b'EST5EDT,M3.2.0',
               b'EST5EDT,M13.2.0,M11.1.0', b'EST5EDT,M3.6.0,M11.1.0',
               b'EST5EDT,M3.2.7,M11.1.0', b'EST5EDT,J0,J365', b'EST5EDT,0,366',
               b'EST5EDT,M3.2.0/x,M11.1.0', b'EST5EDT,M3.2.0,M11.1.0x',
               b'EST25', b'EST5:3', b'<EST5', b'<E?T>5', b'EST5EDT,M3.2.0/2:3,M11.1.0',
               b'<>5<>4,M3.2.0,M11.1.0', b'EST+5EDT+4,M3.2.0/-1,M11.1.0/+26']:
    data = tzif(b'2', [], [(-5 * H, 0, 'EST')], footer)

    def load(data=data):
        zone = ZoneInfo.from_file(io.BytesIO(data))
        return zone.utcoffset(datetime(2040, 7, 1)), zone.tzname(datetime(2040, 7, 1))
    attempt('footer %r' % (footer,), load)

attempt('no types', lambda: ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [], b''))))
attempt('bad index', lambda: ZoneInfo.from_file(io.BytesIO(
    tzif(b'2', [(0, 5)], [(0, 0, 'A')], b'A0'))))
attempt('version 1 no types', lambda: ZoneInfo.from_file(io.BytesIO(tzif(b'\0', [], []))))
