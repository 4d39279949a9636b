# Date arithmetic tutorial: deadlines, ages, business days
from datetime import date, datetime, timedelta, time

start = date(2024, 1, 31)
print(start + timedelta(days=1))
print(start - date(2023, 12, 25))
print((start - date(2023, 12, 25)).days)
d = timedelta(days=3, hours=5, minutes=7, seconds=9, microseconds=11)
print(d, repr(d))
print(-d, repr(-d))
print(timedelta(seconds=-1), repr(timedelta(seconds=-1)))
print(timedelta(0), repr(timedelta(0)))
print(timedelta(weeks=2, milliseconds=1500))
print(d.total_seconds())
print(d // timedelta(hours=1), d % timedelta(hours=1))
print(d / 2, d * 3, 2.5 * timedelta(hours=1))
print(timedelta(hours=1) / timedelta(minutes=7))
print(divmod(timedelta(hours=25), timedelta(days=1)))
print(abs(timedelta(days=-2)), timedelta.max, timedelta.min, timedelta.resolution)

def business_days(a, b):
    n = 0
    cur = a
    while cur < b:
        if cur.weekday() < 5:
            n += 1
        cur += timedelta(days=1)
    return n

print(business_days(date(2024, 3, 1), date(2024, 3, 31)))
born = date(1990, 7, 15)
today = date(2024, 7, 14)
age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print("age", age)
dt = datetime(2024, 2, 28, 23, 30)
print(dt + timedelta(hours=1))
print(dt.replace(year=2023) + timedelta(days=1))
print(datetime.combine(date(2024, 5, 5), time(13, 45, 30)))
print(dt.date(), dt.time(), dt.timetuple()[:6])
print(date(2024, 12, 30).isocalendar())
print(date.fromisocalendar(2024, 1, 1))
print(date(2024, 3, 10).toordinal(), date.fromordinal(738955))
print(date(2024, 1, 1).weekday(), date(2024, 1, 1).isoweekday())
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    timedelta(days=1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    date(2024, 1, 1) - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(datetime(2024, 1, 1) == date(2024, 1, 1))
try:
    datetime(2024, 1, 1) < date(2024, 1, 2)
except TypeError as e:
    print("TypeError:", e)
