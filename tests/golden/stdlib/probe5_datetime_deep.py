from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28), d.replace(day=1))
print(d.isoformat(), d.isocalendar(), d.isoweekday(), d.weekday(), d.toordinal(), date.fromordinal(738000))
print(d.strftime('%A %d %B %Y %j %U %W %a %b %y %%'), d.ctime())
print(date.fromisoformat('2021-12-31'), date.fromisocalendar(2020, 53, 7))
td = timedelta(days=1, hours=25, minutes=-30, seconds=3.5, microseconds=10)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(-td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=5), divmod(td, timedelta(hours=7)))
print(timedelta(seconds=-1), timedelta(days=-1, seconds=5), timedelta.max, timedelta.min, timedelta.resolution)
print(timedelta(hours=1.5) * 0.3333, timedelta(microseconds=1) / 2, str(timedelta(days=2, microseconds=5)))
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=' ', timespec='milliseconds'), dt.isoformat(timespec='hours'))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %I%p'), dt.date(), dt.time(), dt.timetuple()[:6])
print(datetime.strptime('2023-07-04 09:08:07', '%Y-%m-%d %H:%M:%S'))
print(datetime.strptime('04/Jul/2023:13:55:36 +0200', '%d/%b/%Y:%H:%M:%S %z'))
try:
    datetime.strptime('2023-13-01', '%Y-%m-%d')
except ValueError as e:
    print('ValueError', e)
try:
    datetime.strptime('2023-01-01 extra', '%Y-%m-%d')
except ValueError as e:
    print('ValueError', e)
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(aware, aware.astimezone(tz), aware.astimezone(timezone(timedelta(hours=-3))), tz, repr(tz), timezone.utc)
print(aware.utcoffset(), aware.tzname(), aware.isoformat(), aware.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(datetime.fromisoformat('2024-05-06T07:08:09.5+01:00'), datetime.fromisoformat('2024-05-06'))
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
print(aware == datetime(2024, 1, 1), datetime(2024, 1, 1, 17, 30, tzinfo=tz) == aware)
t = time(23, 59, 59, 999999)
print(t, repr(t), t.isoformat('minutes'), time(1, 2, tzinfo=timezone.utc), time.fromisoformat('10:20:30.25'), t.replace(hour=0))
for args in [(2024, 2, 30), (2024, 0, 1), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    time(24)
except ValueError as e:
    print('ValueError', e)
try:
    timedelta(days=1e10)
except OverflowError as e:
    print('OverflowError', e)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print('OverflowError', e)
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 1, 1), date(2019, 5, 5)), date.min, datetime.max)
print((datetime(2024, 3, 1) - datetime(2024, 2, 1)).days, datetime(2024, 1, 31) + timedelta(weeks=4))
print(datetime.combine(date(2020, 1, 1), time(5, 6)), datetime(2020, 1, 1).replace(tzinfo=tz).utcoffset())
print(f'{dt:%Y/%m/%d}', format(d, ''), '{:%H}'.format(t))
