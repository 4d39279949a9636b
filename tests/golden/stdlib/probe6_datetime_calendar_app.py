# A small "meeting planner" that mixes datetime, timedelta and string formatting.
from datetime import datetime, date, timedelta, time, timezone
import calendar

def next_weekday(d, weekday):
    days_ahead = (weekday - d.weekday()) % 7 or 7
    return d + timedelta(days=days_ahead)

start = date(2024, 2, 26)
mondays = [next_weekday(start, calendar.MONDAY)]
for _ in range(4):
    mondays.append(mondays[-1] + timedelta(weeks=1))
print([m.strftime("%b %d") for m in mondays])
print(calendar.month_name[3], calendar.day_abbr[0], calendar.isleap(2024), calendar.monthrange(2024, 2))
print(calendar.month(2024, 2))
slots = []
t = datetime.combine(date(2024, 3, 4), time(9))
end = datetime.combine(date(2024, 3, 4), time(12))
while t < end:
    slots.append(f"{t:%H:%M}-{(t + timedelta(minutes=45)):%H:%M}")
    t += timedelta(minutes=45)
print(slots)
durations = [timedelta(minutes=m) for m in (30, 45, 90, 125)]
total = sum(durations, timedelta())
print(total, str(total), total.seconds, total.days, max(durations), min(durations))
print(sorted(durations, reverse=True)[:2])
h, rem = divmod(total.seconds, 3600)
print(f"{h}h {rem // 60}m")
print(repr(time(23, 59, 59, 999999)), time.min, time.max, repr(time(12, tzinfo=timezone.utc)))
print(time(10, 30) < time(11), time(10, 30).replace(minute=0), bool(time(0)))
print(repr(date.min), repr(date.max), date.resolution, repr(datetime.min))
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    datetime(2024, 1, 1, 24)
except ValueError as e:
    print("ValueError:", e)
try:
    time(12, 60)
except ValueError as e:
    print("ValueError:", e)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError:", e)
print(date(2024, 3, 4).replace(day=31), date(2024, 3, 4).ctime(), datetime(2024, 3, 4, 5, 6).ctime())
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
print(datetime(2024, 1, 1, 12) - timedelta(microseconds=1))
print(repr(datetime(2024, 1, 1, 0, 0, 0, 1)), repr(datetime(2024, 1, 1, 0, 1)), repr(datetime(2024, 1, 1, fold=1)))
print(str(timedelta(microseconds=1)), str(timedelta(days=-1, seconds=1)), str(timedelta(days=400, hours=1)))
print(repr(timedelta(microseconds=-1)), repr(timedelta(days=1, microseconds=5)), repr(timedelta(hours=-3)))
