import time

t0 = time.perf_counter()
time.sleep(0.001)
print(time.perf_counter() - t0 > 0, type(time.time()).__name__, time.monotonic() > 0)
st = time.gmtime(0)
print(st, st.tm_year, st[0:3])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.strptime("2020-02-29", "%Y-%m-%d")[:3], time.mktime(time.localtime(1000)) == 1000.0)
print(time.asctime(time.gmtime(0)), time.calendar if hasattr(time, "calendar") else "no")
print(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(isinstance(time.time_ns(), int), time.process_time() >= 0)
import calendar
print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.timegm(time.gmtime(12345)))
print(calendar.month(2024, 2))
print(calendar.day_name[0], list(calendar.month_abbr)[1:4], calendar.weekday(2024, 7, 4))
