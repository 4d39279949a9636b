import calendar, time, datetime
h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatyear(2024, width=4)[:600])
print(h.formatyearpage(2024)[:300])
print(h.formatweekday(0), h.formatmonthname(2024, 3), h.cssclasses)
class MyCal(calendar.HTMLCalendar):
    cssclass_month = "cal"
    def formatday(self, day, weekday):
        return super().formatday(day, weekday).replace("<td", "<td data-x")
print(MyCal().formatmonth(2024, 2, withyear=False)[:300])
tc = calendar.TextCalendar()
print(tc.formatweekheader(3), tc.formatmonthname(2024, 1, 20), repr(tc.formatweek([(1, 0), (2, 1), (0, 2)], 2)))
print(calendar.weekheader(2), calendar.monthrange(2023, 2), calendar.month_name[1:4], list(calendar.Calendar(2).itermonthdays2(2024, 9))[:8])
lc = calendar.LocaleTextCalendar(locale="C")
print(lc.formatmonth(2024, 6))
calendar.prmonth(2024, 8); calendar.prcal(2021, w=1, l=1, c=2, m=6)
print(calendar.Calendar().monthdatescalendar(2024, 2)[0], calendar.Calendar().yeardayscalendar(2024, 4)[0][0][0])
print(time.asctime((2024, 3, 5, 1, 2, 3, 1, 65, 0)), time.strftime("%d.%m.%y", (2024, 3, 5, 0, 0, 0, 0, 1, -1)))
t = time.gmtime(1709600000); print(t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff, len(time.localtime(0)))
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter()).__name__, time.monotonic() > 0, time.process_time() >= 0, time.get_clock_info("monotonic").monotonic)
try:
    time.strftime("%Y", (2024,))
except TypeError as e:
    print(e)
try:
    time.gmtime("x")
except TypeError as e:
    print(e)
print(time.strptime("Tue Mar  5 14:30:00 2024"), time.strptime("2024-066", "%Y-%j")[:3])
try:
    time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
d = datetime.datetime(2024, 12, 31, 23, 59, 59)
print(d.strftime("%G-W%V-%u %U %W %j %y %C %e %-d" if False else "%G-W%V-%u %U %W %j %y %e"), d.isocalendar(), d.isocalendar().week, datetime.date(2021, 1, 3).isocalendar())
print(datetime.date.fromisocalendar(2024, 1, 1), datetime.datetime.combine(datetime.date(2024, 1, 1), datetime.time(12)), datetime.date.today() > datetime.date(2020, 1, 1))
deltas = [datetime.timedelta(hours=h) for h in (1, 25, -1)]; print(deltas, sum(deltas, datetime.timedelta()), max(deltas), str(datetime.timedelta(seconds=0.5)), datetime.timedelta(days=1) / datetime.timedelta(hours=1))
print(datetime.datetime(2024, 1, 31) + datetime.timedelta(days=1), (datetime.datetime(2024, 3, 10, 8) - datetime.datetime(2024, 3, 9, 20)).seconds, datetime.datetime(2024, 1, 1).replace(month=2, day=29))
try:
    datetime.datetime(2024, 1, 1).replace(month=2, day=30)
except ValueError as e:
    print(e)
try:
    datetime.datetime.strptime("2024/01/01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    datetime.datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print(e)
