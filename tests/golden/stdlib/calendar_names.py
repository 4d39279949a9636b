import calendar

print(list(calendar.day_name))
print(list(calendar.day_abbr))
print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.day_abbr), len(calendar.month_name), len(calendar.month_abbr))
print(calendar.day_name[0], calendar.day_name[-1], calendar.day_abbr[3])
print(calendar.month_name[1], calendar.month_name[12], repr(calendar.month_name[0]), calendar.month_abbr[-1])
print(calendar.month_name[1:4], calendar.day_abbr[::2], calendar.month_abbr[10:])
try:
    calendar.month_name[13]
except IndexError as e:
    print(type(e).__name__, e)
try:
    calendar.day_name[7]
except IndexError as e:
    print(type(e).__name__, e)
print('May' in calendar.month_name, 'Mon' in calendar.day_abbr, 'Foo' in calendar.day_name)
print([m for m in calendar.month_abbr if m])
print({name: i for i, name in enumerate(calendar.month_abbr) if name})
print(', '.join(calendar.day_name[i] for i in calendar.Calendar(4).iterweekdays()))
lt = calendar.LocaleTextCalendar(firstweekday=0, locale='C')
print(lt.formatmonth(2024, 11))
print(lt.firstweekday, isinstance(lt, calendar.TextCalendar))
lh = calendar.LocaleHTMLCalendar(6, 'C')
print(lh.formatmonth(2024, 11))
print(isinstance(lh, calendar.HTMLCalendar))
