from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 3, 9, 7, 5, 3, 120)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %b %d %y", "%A, %B %-d" if False else "%A, %B %d",
            "%I:%M %p", "%j %U %W", "%f", "%%Y literal", "%c", "%x", "%X", "%G-W%V-%u", "%C %g %e"]:
    print(repr(fmt), "->", dt.strftime(fmt))
print(format(dt, "%d/%m/%Y"))
print(f"{dt:%H:%M}")
print(f"{date(2020, 2, 29):%A}")
print(time(14, 3).strftime("%H:%M %p"))
print(date(2024, 1, 1).strftime("%H:%M:%S"))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(aware.strftime("%z %Z"))
print(datetime(2024, 6, 1, tzinfo=timezone.utc).strftime("%z|%Z"))
print(dt.strftime("%z|%Z|"))
for s, f in [("2024-03-09 07:05", "%Y-%m-%d %H:%M"),
             ("9 March 2024", "%d %B %Y"),
             ("Sat Mar  9 07:05:03 2024", "%c"),
             ("12/31/99", "%m/%d/%y"),
             ("2024-03-09T07:05:03.5+0200", "%Y-%m-%dT%H:%M:%S.%f%z"),
             ("03PM", "%I%p")]:
    print(repr(datetime.strptime(s, f)))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 junk", "%Y-%m-%d"), ("x", "%Y")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)
print(datetime.strptime("2024-02-03", "%Y-%m-%d").date())
