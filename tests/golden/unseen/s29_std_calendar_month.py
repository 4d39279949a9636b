# Printing calendars
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 9))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.weekday(2024, 7, 4))
print(list(calendar.day_name), list(calendar.month_abbr))
print(calendar.monthcalendar(2024, 3))
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()))
print([d for d in c.itermonthdays(2024, 2)][:10])
print(list(c.itermonthdates(2024, 2))[:3])
print([(d, wd) for d, wd in c.itermonthdays2(2024, 2)][:8])
print(len(c.monthdatescalendar(2024, 2)), c.yeardays2calendar(2024, width=4)[0][0][0][:3])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.TextCalendar().formatweek(list(calendar.Calendar().itermonthdays2(2024, 1))[:7], 3))
print(calendar.weekheader(2), calendar.weekheader(9))
print(calendar.TextCalendar().formatyear(2024, 2, 1, 1, 3)[:400])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print("ValueError:", e)
birthdays = {"ann": (3, 14), "bob": (7, 4), "cid": (12, 25)}
for who, (m, d) in birthdays.items():
    print(who, calendar.day_name[calendar.weekday(2025, m, d)], calendar.month_name[m])
html = calendar.HTMLCalendar().formatmonth(2024, 1)
print(html.splitlines()[:3])
