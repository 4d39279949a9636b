import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2023))
print(h.formatyear(2023, 4))
print(h.formatyear(2023, 0))
print(h.formatyearpage(2022, 6).decode())
print(h.formatyearpage(2022, css=None, encoding='ascii')[:300])
print(h.formatday(0, 3), h.formatday(12, 5), h.formatweekday(2))
print(h.formatweekheader())
print(h.formatmonthname(2024, 7), h.formatmonthname(2024, 7, False))
print(h.formatweek([(0, 0), (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)]))

class MyCal(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "empty"
    cssclass_month = "m"
    cssclass_month_head = "mh"
    cssclass_year = "y"
    cssclass_year_head = "yh"

m = MyCal(firstweekday=6)
print(m.formatmonth(2025, 8))
print(m.formatyear(2025, 6))
print(calendar.HTMLCalendar.cssclasses, calendar.HTMLCalendar.cssclasses_weekday_head)
