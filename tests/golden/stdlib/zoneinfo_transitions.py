# zoneinfo with the system's zone files: DST gaps and folds, fold handling, arithmetic
# with datetime, conversions, and dates past the last transition (the TZ string rules).
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc
ny = ZoneInfo('America/New_York')

# the fall-back fold: 01:30 happens twice
for fold in (0, 1):
    d = datetime(2023, 11, 5, 1, 30, fold=fold, tzinfo=ny)
    print(d, d.fold, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(UTC))
# the spring-forward gap: 02:30 never happens
for fold in (0, 1):
    d = datetime(2023, 3, 12, 2, 30, fold=fold, tzinfo=ny)
    print(d, d.fold, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(UTC))

# converting UTC instants across the fold sets fold=1 on the second pass
t = datetime(2023, 11, 5, 4, 0, tzinfo=UTC)
for _ in range(5):
    local = t.astimezone(ny)
    print(t.time(), '->', local, local.fold, local.tzname(), local.astimezone(UTC) == t)
    t += timedelta(minutes=30)

# arithmetic is wall-clock arithmetic inside one zone
start = datetime(2023, 3, 11, 12, tzinfo=ny)
later = start + timedelta(days=1)
print(later, later.utcoffset(), later - start, later.astimezone(UTC) - start.astimezone(UTC))
a = datetime(2023, 11, 5, 1, 30, fold=0, tzinfo=ny)
b = datetime(2023, 11, 5, 1, 30, fold=1, tzinfo=ny)
print(a == b, b - a, a.astimezone(UTC) < b.astimezone(UTC))
print(a == b.astimezone(UTC), b == b.astimezone(UTC))
# comparisons between zones go through UTC
paris = ZoneInfo('Europe/Paris')
p = datetime(2023, 7, 1, 18, tzinfo=paris)
n = datetime(2023, 7, 1, 12, tzinfo=ny)
print(p == n, p - n, p.astimezone(ny), n.astimezone(paris))
print(p.timestamp(), datetime.fromtimestamp(1700000000, ny), datetime.fromtimestamp(0, paris))
print(datetime(2023, 7, 1, 12, tzinfo=ny).isoformat(), p.strftime('%Y-%m-%d %H:%M %Z %z'))
print(p.replace(tzinfo=ny), p.timetz(), p.timetz().utcoffset())
print(datetime(2023, 1, 1, tzinfo=ny).utctimetuple()[:6])

# far past (before the first transition: local mean time) and far future (TZ string)
for zone in ('America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Tokyo',
             'Europe/Dublin', 'America/Sao_Paulo', 'Africa/Casablanca', 'Pacific/Chatham',
             'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago', 'UTC',
             'Etc/GMT+10', 'Antarctica/Troll', 'Asia/Gaza'):
    z = ZoneInfo(zone)
    row = [zone]
    for stamp in ((1800, 1, 1), (1950, 6, 15), (2000, 1, 15), (2000, 7, 15),
                  (2100, 1, 15), (2100, 7, 15), (2800, 1, 15), (9999, 12, 31, 23)):
        d = datetime(*stamp, tzinfo=z)
        row.append('%s/%s/%s' % (d.utcoffset(), d.dst(), d.tzname()))
    print(' '.join(row))

# every half hour around the 2037/2038 transitions of two zones (file data -> rules)
for zone in (ny, ZoneInfo('Europe/Berlin')):
    for month, day in ((3, 8), (3, 28), (10, 31), (11, 1)):
        base = datetime(2038, month, day, 0, tzinfo=UTC)
        seen = set()
        for half in range(0, 48 * 3):
            u = base + timedelta(minutes=30 * half)
            local = u.astimezone(zone)
            key = (local.utcoffset(), local.fold)
            if key not in seen:
                seen.add(key)
                print(zone, u, local, local.fold, local.tzname())

# local times inside gaps and folds map to UTC and back
for zone, stamp in ((ny, (2040, 3, 11, 2, 30)), (ny, (2040, 11, 4, 1, 30)),
                    (ZoneInfo('Australia/Lord_Howe'), (2040, 4, 1, 1, 45)),
                    (ZoneInfo('Australia/Lord_Howe'), (2040, 10, 7, 2, 15))):
    for fold in (0, 1):
        d = datetime(*stamp, fold=fold, tzinfo=zone)
        u = d.astimezone(UTC)
        back = u.astimezone(zone)
        print(zone, d, fold, d.utcoffset(), u, back, back.fold)

# a subclass of datetime keeps its class through the conversions
class MyDT(datetime):
    pass


m = MyDT(2023, 11, 5, 6, 30, tzinfo=UTC).astimezone(ny)
print(type(m).__name__, m, m.fold)
print(ny.fromutc(MyDT(2023, 11, 5, 6, 30, tzinfo=ny)).fold)
