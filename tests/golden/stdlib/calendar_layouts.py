import calendar
import sys

# text layouts over many shapes
tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2024, 2, 4, 2))
print(tc.formatyear(2023, 1, 1, 1, 6))
print(tc.formatyear(2023, 3, 1, 3, 5))
print(calendar.TextCalendar(6).formatyear(1, m=4))
print(calendar.TextCalendar(2).formatmonth(9999, 12, 9))
tc.pryear(2020, m=12, w=2, c=3)
calendar.TextCalendar().prmonth(2026, 2)
calendar.TextCalendar(6).prmonth(2015, 2, l=2)


# subclasses can replace the pieces
class Marked(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        text = super().formatday(day, weekday, width)
        return text.replace(' ', '.') if weekday >= 5 else text

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        return ('[%s/%s]' % (themonth, theyear if withyear else '-')).center(width, '~')


m = Marked()
print(m.formatmonth(2024, 6))
print(m.formatyear(2024, m=4)[:600])


class Tagged(calendar.HTMLCalendar):
    cssclasses = ['d%d' % i for i in range(7)]
    cssclasses_weekday_head = ['h%d' % i for i in range(7)]

    def formatday(self, day, weekday):
        if day % 10 == 1:
            return '<td class="first">%d</td>' % day
        return super().formatday(day, weekday)


h = Tagged(2)
print(h.formatmonth(2024, 2))
print(h.formatweekheader())
print(h.formatyear(2024, 5)[:500])
page = calendar.HTMLCalendar().formatyearpage(2024, 12, css='s\u00e9.css', encoding='ascii')
print(type(page).__name__, page[:400])
print(calendar.HTMLCalendar().formatyearpage(2024, encoding='latin-1')[-60:])
print(calendar.HTMLCalendar(6).formatyear(2024, -5)[:300])
print(calendar.HTMLCalendar().formatday(0, 0), calendar.HTMLCalendar().formatweekday(6))

# the module-level functions are bound methods of one shared calendar
print(calendar.month.__self__ is calendar.c, calendar.firstweekday.__name__,
      calendar.monthcalendar.__name__, calendar.prcal.__name__, calendar.week.__name__)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.weekheader(3), calendar.monthcalendar(2024, 12)[0], calendar.c.firstweekday)
print(calendar.calendar(2024, 1, 1, 2, 6)[:400])
calendar.setfirstweekday(calendar.MONDAY)
calendar.prweek([(5, 2), (0, 3)], 4)
print('|')
print(calendar.formatstring([], 3, 3) + '|', calendar.formatstring(['abc'], 1, 0) + '|')
print(calendar.formatstring(['a', 'b'], spacing=0) + '|')
calendar.format(['x'], colwidth=5)
print(sorted(n for n in calendar.__all__) == sorted(set(calendar.__all__)), len(calendar.__all__))
print(calendar.Calendar().monthdatescalendar(2024, 3)[-1][-1].isoformat())
print(sys.getsizeof(calendar.Calendar().itermonthdays(2024, 1)) > 0)
