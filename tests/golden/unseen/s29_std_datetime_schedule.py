# Planning a schedule with datetime
from datetime import date, time, datetime, timedelta, timezone

start = date(2024, 1, 29)
print(start, repr(start), start.isoformat(), start.weekday(), start.isoweekday())
print(start + timedelta(days=3), start - date(2023, 12, 25))
print(start.replace(day=31), start.strftime("%A %d %B %Y"), start.strftime("%a %b %j %U %W"))
print(start.isocalendar(), start.toordinal(), date.fromordinal(738000))
print(date.fromisoformat("2024-02-29"), date(2024, 3, 1) - timedelta(days=1))

for week in range(4):
    d = start + timedelta(weeks=week)
    print(" meeting", d.strftime("%Y-%m-%d (%a)"))

td = timedelta(days=1, hours=3, minutes=25, seconds=7, microseconds=500)
print(td, repr(td), td.total_seconds(), td.days, td.seconds)
print(timedelta(hours=-1), -td, td * 2, td // 3, timedelta(days=2) / timedelta(hours=6))
print(abs(timedelta(minutes=-90)), timedelta(weeks=1) > timedelta(days=6))

t = time(14, 30, 15, 250)
print(t, repr(t), t.isoformat(timespec="minutes"), t.strftime("%I:%M %p"))

dt = datetime(2024, 3, 10, 8, 5, 3)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"))
print(dt.date(), dt.time(), dt + timedelta(hours=20), datetime.combine(start, t))
print(dt.strftime("%d/%m/%y %H:%M:%S"), dt.strftime("%%"), dt.ctime())
print(datetime.strptime("2023-07-04 12:30", "%Y-%m-%d %H:%M"))
print(datetime.fromisoformat("2011-11-04T00:05:23+04:00"))

utc = timezone.utc
east = timezone(timedelta(hours=5, minutes=30), "IST")
aware = datetime(2024, 5, 1, 12, 0, tzinfo=utc)
print(aware, aware.astimezone(east), aware.astimezone(east).tzname(), repr(utc))
print(aware.utcoffset(), east.utcoffset(None), timezone(timedelta(hours=-3)))
print(aware.timestamp(), datetime.fromtimestamp(0, tz=utc))
print(aware == datetime(2024, 5, 1, 17, 30, tzinfo=east))
try:
    dt < aware
except TypeError as e:
    print("TypeError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(date.max, date.min, timedelta.max, timedelta.resolution)
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)]))
print((datetime(2024, 1, 1) - datetime(2023, 1, 1)).days, f"{dt:%H:%M}")
