from datetime import datetime, date, time, timedelta, timezone
dt = datetime(2023, 1, 1, 0, 5, 9, 7)
for d in ['%a', '%A', '%w', '%d', '%b', '%B', '%m', '%y', '%Y', '%H', '%I', '%p', '%M', '%S', '%f', '%z', '%Z', '%j', '%U', '%W', '%c', '%x', '%X', '%%', '%G', '%u', '%V', '%e', '%C', '%D', '%F', '%T', '%R', '%r', '%h', '%n', '%t', '%k', '%l', '%s' if False else '%y']:
    print(repr(d), repr(dt.strftime(d)))
print(datetime(1, 1, 1).strftime('%Y|%G|%C|%y'), datetime(999, 12, 31).strftime('%Y %G %V'), date(2020, 12, 31).strftime('%U %W %V %G %j'))
for s, f in [('2023-W05-3', '%G-W%V-%u'), ('12/31/99', '%m/%d/%y'), ('1/2/69', '%m/%d/%y'), ('Monday 3 April 2023', '%A %d %B %Y'), ('23:59:59.123', '%H:%M:%S.%f'), ('5pm', '%I%p'), ('2023-01-01T00:00:00Z', '%Y-%m-%dT%H:%M:%S%z'), ('+05:30', '%z'), ('UTC', '%Z'), ('  2023', '%Y'), ('2023 12', '%Y %W'), ('99', '%j')]:
    try:
        print(s, '->', repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(s, 'ValueError', e)
for bad in [('2023-02-29', '%Y-%m-%d'), ('13', '%m'), ('24:00', '%H:%M'), ('x', '%Y'), ('2023', '%Y %m'), ('2023-01-01', '%Y-%m-%d %H'), ('1', '%Q')]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print(bad, 'ValueError', e)
for s in ['2023-01-01T12:30', '2023-01-01 12:30:45.123456', '2023-01-01T12:30:45+00:00', '2023-01-01T12:30:45.5-03:30', '20230101', '2023-W01-1', '2023-01-01T12', '2023-01-01T24:00']:
    try:
        print(s, '->', repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
for t in [time(12), time(12, 0, 0, 1), time(0, 0, tzinfo=timezone(timedelta(hours=1, minutes=30)))]:
    print(t.isoformat(), t.isoformat('seconds'), t.isoformat('microseconds'), t.strftime('%H.%M.%S %z'), str(t))
try:
    time(1).isoformat('nanos')
except ValueError as e:
    print('ValueError', e)
print(timezone(timedelta(hours=3)).tzname(None), timezone(-timedelta(minutes=90)), timezone(timedelta(seconds=1)), timezone.min, timezone.max)
for off in [timedelta(hours=24), timedelta(hours=-24), 5]:
    try:
        timezone(off)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(datetime(2020, 5, 17).isocalendar(), date(2021, 1, 3).isocalendar(), date.fromisocalendar(2021, 1, 1), datetime(2020, 1, 1, 12).timetuple().tm_yday)
print(datetime(2000, 1, 1) - timedelta(microseconds=1), datetime.min + timedelta(days=1), date(2000, 3, 1) - date(2000, 2, 1), (datetime(2020, 1, 2) - datetime(2020, 1, 1, 12)).total_seconds())
print(timedelta(weeks=1, days=-8, hours=23.5), timedelta(milliseconds=1.5), timedelta(microseconds=-1), timedelta(0.1), timedelta(seconds=86399.9999999))
print(round(timedelta(seconds=1.5) / timedelta(seconds=0.7), 6), timedelta(days=1) // 7, timedelta(days=7) / timedelta(days=2), timedelta(1) < timedelta(2), bool(timedelta(0)), -timedelta(hours=1))
