# time's calendar half: struct_time, gmtime, localtime (UTC here), mktime, asctime,
# ctime, strftime, strptime, and their errors.
import time

t = time.gmtime(0)
print(t, t.tm_zone, t.tm_gmtoff, type(t).__module__, type(t).__name__, len(t))
print(time.asctime(t), "|", time.ctime(0))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %Z %z %%", t))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.mktime(time.localtime(100)), time.mktime((2024, 14, 35, 25, 61, 61, 0, 0, 0)))
print(time.strptime("2024-03-05 10:20", "%Y-%m-%d %H:%M"))
print(time.strptime("Tue Mar  5 10:20:30 2024"))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "XYZ", 3600))
print(s.tm_zone, s.tm_gmtoff, s[:3], s.tm_yday, tuple(s) == (2020, 1, 2, 3, 4, 5, 6, 7, 0))
for bad in ((1, 2), tuple(range(12))):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in ("x", [1]):
    try:
        time.gmtime(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    time.asctime((1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    time.strftime(5)
except TypeError as e:
    print("TypeError", e)
print(time.localtime(86400 * 365.5))
print(time.gmtime(1.9).tm_sec, time.gmtime(-1.5))
for secs in (951782400, 4102444800, -2208988800, 1709251199, 1234567890):
    g = time.gmtime(secs)
    print(g, time.mktime(g), time.asctime(g))
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError", e)
now = time.localtime()
print(type(now).__name__, len(now), time.mktime(now) <= time.time() + 1)
from time import strftime, gmtime
print(strftime("%d/%m/%Y", gmtime(86400 * 10000)))
