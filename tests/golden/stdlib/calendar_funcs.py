import calendar

for y in (1900, 2000, 2023, 2024, 2100, 2400, 1, 0, -4, -100):
    print(y, calendar.isleap(y))
for a, b in [(2000, 2024), (2024, 2000), (1, 10000), (1900, 1901), (2000, 2001), (-400, 400), (5, 5)]:
    print(a, b, calendar.leapdays(a, b))
for ymd in [(2024, 1, 1), (1970, 1, 1), (2000, 2, 29), (1, 1, 1), (9999, 12, 31), (10000, 1, 1), (0, 1, 1), (-1, 12, 31), (12345, 6, 7)]:
    print(ymd, calendar.weekday(*ymd))
for y in (2023, 2024, 1900, 2000):
    print(y, [calendar.monthrange(y, m) for m in range(1, 13)])
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(calendar.monthcalendar(2026, 8))
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY,
      calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY)
print(calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(calendar.error is ValueError)
for t in [(1970, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 30, 45), (1969, 12, 31, 23, 59, 59),
          (2038, 1, 19, 3, 14, 8, 1, 19, 0), (1, 1, 1, 0, 0, 0), (2000, 1, 32, 25, 61, 61)]:
    print(t, calendar.timegm(t))
print(calendar.timegm([2020, 5, 17, 1, 2, 3, 6, 138, 0]))
import datetime
print(calendar.timegm(datetime.datetime(2023, 11, 14, 22, 13, 20).timetuple()))
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|')
print(calendar.formatstring(['x', 'y']) + '|')
calendar.format(['one', 'two', 'three'], 8, 1)
calendar.format(['one', 'two'])
print(sorted(calendar.__all__))
