# What goes wrong with dates: type errors, format specs, and class reprs.
from datetime import date, datetime, time, timedelta, timezone
import datetime as dtmod

print(type(date.today()), date, datetime, timedelta, timezone, time, dtmod.tzinfo)
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC if hasattr(dtmod, "UTC") else None)
td = timedelta(hours=1, minutes=30)
for op in [lambda: date(2024, 1, 1) + 1, lambda: 1 - date(2024, 1, 1), lambda: td * 1.5, lambda: td * "x",
           lambda: td / 0, lambda: td // 0, lambda: td + 1, lambda: date(2024, 1, 1) < 5, lambda: td < 3,
           lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1), lambda: time(1) + td, lambda: td % 0,
           lambda: date(2024, 1, 1).replace(month=13), lambda: date("2024"), lambda: date(2024.0, 1, 1),
           lambda: datetime(2024, 1, 1, tzinfo=timezone.utc) < datetime(2024, 1, 2), lambda: timedelta(1) == 1,
           lambda: f"{td:>12}", lambda: f"{date(2024, 1, 1):>12}", lambda: format(time(1, 2), ""), lambda: date(2024, 1, 1).strftime(5)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(td * 1.5, td / 4, td / 7, timedelta(seconds=1) / 3, timedelta(days=1) * (1 / 3))
print(round(1.5 * td / timedelta(minutes=1), 3), td.__class__.__name__, td.days, td.seconds, td.microseconds)
print(timedelta(hours=36).days, timedelta(seconds=86401), timedelta(days=1, seconds=-1), timedelta(minutes=0.5))
print(timedelta(days=1.5, hours=0.25), timedelta(milliseconds=0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5))
print(date(2024, 1, 1).__format__(""), str(date(2024, 1, 1)), f"{datetime(2024, 1, 1, 5):}")
print(datetime(2024, 1, 1) == "2024-01-01", date(2024, 1, 1) != None, (date(2024, 1, 1) == datetime(2024, 1, 1)))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), -timedelta(0), +td, abs(-td))
print(sorted([timedelta(1), timedelta(-1), timedelta(0)]), sum([td, td], timedelta(0)))
print(date(2024, 2, 29) + timedelta(days=365), (datetime(2024, 3, 31) - timedelta(days=31)).date())
print(datetime(2000, 1, 1).__reduce__() if False else "", dtmod.datetime.__module__, dtmod.timezone.utc.__class__.__name__)
