# datetime.strptime and time.strptime: field ranges decide a match (CPython's
# regex per directive), 12-hour clock, %z forms, %j / week+weekday / ISO dates,
# given weekdays kept by time.strptime, Feb 29 without a year, error messages.
import time
from datetime import datetime, date
cases = [
    ("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-1-5", "%Y-%m-%d"),
    ("12:30 PM", "%I:%M %p"), ("12:30 am", "%I:%M %p"), ("7:05:09", "%H:%M:%S"), ("12", "%I"),
    ("03/Jul/2021:10:11:12 +0200", "%d/%b/%Y:%H:%M:%S %z"), ("2021-07-03T10:11:12Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("2021-07-03 10:11:12.5 -05:30", "%Y-%m-%d %H:%M:%S.%f %z"), ("Monday, March 04 2024", "%A, %B %d %Y"),
    ("2024 060", "%Y %j"), ("2024 10 3", "%Y %U %w"), ("2024 10 3", "%Y %W %w"), ("2024 0 0", "%Y %U %w"),
    ("2024-W10-3", "%G-W%V-%u"), ("99", "%y"), ("68", "%y"), ("69", "%y"),
    ("2024-01-01 extra", "%Y-%m-%d"), ("2024-01-01", "%Y-%m-%d %H"), ("Feb 29", "%b %d"),
    ("2024  01   02", "%Y %m %d"), ("x2024", "x%Y"), ("100%", "%d%%"), ("Thu Jan  4 10:00:00 2024", "%c"),
    ("01/02/24", "%x"), ("23:59:60", "%X"), ("2024", "%Y%"), ("2024", "%Q"), ("2024 UTC", "%Y %Z"),
    ("1:2:3", "%H:%M:%S"), ("2024-01-01 Fri", "%Y-%m-%d %a"), ("+01:3000", "%z"), ("2024-05", "%Y-%V"),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), "->", datetime.strptime(text, fmt))
    except ValueError as e:
        print(repr(text), repr(fmt), "ValueError:", e)
    try:
        t = time.strptime(text, fmt)
        print("   ", tuple(t), t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print("    ValueError:", e)
print(time.strptime("Thu Jan  4 10:00:00 2024"))
try:
    datetime.strptime(5, "%Y")
except TypeError as e:
    print("TypeError:", e)
print(datetime.strptime("2024-03-04", "%Y-%m-%d").date() == date(2024, 3, 4))
for text, fmt in [("1/2/2024 3:04:05.123456 pm", "%m/%d/%Y %I:%M:%S.%f %p"),
                  ("SUNDAY 31 DECEMBER 2023", "%A %d %B %Y"), ("sun dec 31", "%a %b %d"),
                  ("2024 366", "%Y %j"), ("2023 366", "%Y %j"), ("2024 53 6", "%Y %U %w"),
                  ("2021 0 1", "%Y %W %u"), ("2020-W53-7", "%G-W%V-%u"), ("2024 05 1 5", "%G %V %u %j"),
                  ("05", "%V"), ("05 1", "%V %u"), ("2024 5", "%G %j"), ("2024-01-01T00:00:00+01:30:15", "%Y-%m-%dT%H:%M:%S%z"),
                  ("+0130.5", "%z"), ("+01:30", "%z"), ("+0130", "%z"), ("+01:3015", "%z"), ("[2024]", "[%Y]"),
                  ("a.b", "a.b"), ("a*b", "a*b"), ("2024\t01", "%Y %m"), ("2024 1", "%Y\n%m"), ("", ""), (" ", " ")]:
    try:
        print(repr(text), "->", datetime.strptime(text, fmt))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print(time.strptime("1 Jan 1970", "%d %b %Y")[:], time.strptime("23:59", "%H:%M").tm_year)
