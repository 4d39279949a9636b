from datetime import datetime, date, timedelta, timezone
start = datetime(2024, 1, 29, 9, 30)
for i in range(5):
    d = start + timedelta(days=7 * i)
    print(d.strftime('%a %Y-%m-%d %H:%M'), d.isocalendar().week, d.weekday())
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)
print([add_months(date(2024, 1, 31), k).isoformat() for k in range(6)])
deadline = datetime(2024, 12, 25, 0, 0)
now = datetime(2024, 12, 1, 15, 45, 30)
left = deadline - now
print(left, left.days, left.seconds // 3600, (left.seconds // 60) % 60, left.total_seconds())
print(f'{left.days} days, {left.seconds // 3600:02d}h')
ages = [date(1990, 5, 17), date(2000, 2, 29), date(2010, 12, 31)]
today = date(2024, 3, 1)
for b in ages:
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    print(b, age, b.strftime('%d %b %Y'), (today - b).days)
utc = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
for off in [-8, 0, 2, 9, 5.5]:
    tz = timezone(timedelta(hours=off))
    print(utc.astimezone(tz).isoformat(), tz.tzname(None))
print(sorted([date(2024, 3, 1), date(2023, 12, 31), date(2024, 1, 15)]))
print(datetime.strptime('March 5, 2024 3:04 PM', '%B %d, %Y %I:%M %p'), datetime.strptime('2024-065', '%Y-%j').date())
