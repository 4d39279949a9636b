import calendar

def attempt(f, *a):
    try:
        r = f(*a)
        print('ok', r if not isinstance(r, str) else repr(r[:20]))
    except Exception as e:
        print(type(e).__name__, e)

attempt(calendar.monthrange, 2024, 0)
attempt(calendar.monthrange, 2024, 13)
attempt(calendar.monthrange, 2024, -1)
attempt(calendar.month, 2024, 13)
attempt(calendar.monthcalendar, 2024, 0)
attempt(calendar.weekday, 2024, 2, 30)
attempt(calendar.weekday, 2024, 13, 1)
attempt(calendar.setfirstweekday, 7)
attempt(calendar.setfirstweekday, -1)
attempt(calendar.timegm, (2024, 1))
attempt(calendar.timegm, (2024, 13, 1, 0, 0, 0))
e = calendar.IllegalMonthError(14)
print(isinstance(e, ValueError), e.month, str(e), repr(str(e)))
e = calendar.IllegalWeekdayError(9)
print(isinstance(e, ValueError), e.weekday, str(e))
print(issubclass(calendar.IllegalMonthError, ValueError), issubclass(calendar.IllegalWeekdayError, ValueError))
try:
    raise calendar.IllegalMonthError('x')
except ValueError as exc:
    print('caught', exc)
try:
    calendar.Calendar().monthdatescalendar(2024, 99)
except calendar.IllegalMonthError as exc:
    print('caught', exc, exc.month)
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 4))
print(calendar.monthcalendar(2024, 4))
print(calendar.weekheader(2))
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.firstweekday())
calendar.monthrange(2024, 15)
