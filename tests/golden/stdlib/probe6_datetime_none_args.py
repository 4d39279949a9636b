# Passing None where a date API wants a string or a type: CPython's argument messages.
from datetime import datetime, date, time, timezone, timedelta
import time as time_mod

now = datetime(2024, 6, 1, 12, 30)
checks = [
    ("strftime", lambda: now.strftime(None)),
    ("format", lambda: format(now, None)),
    ("date.__format__", lambda: date(2024, 1, 1).__format__(None)),
    ("isoformat sep", lambda: now.isoformat(None)),
    ("time.isoformat", lambda: time(1).isoformat(None)),
    ("timezone name", lambda: timezone(timedelta(hours=1), None)),
    ("timezone offset", lambda: timezone(None)),
    ("combine", lambda: datetime.combine(date(2024, 1, 1), None)),
    ("strptime", lambda: datetime.strptime(None, "%Y")),
    ("strptime fmt", lambda: datetime.strptime("2024", None)),
    ("date str", lambda: date("2024")),
    ("date str kw", lambda: date("2024", month=1)),
    ("date missing", lambda: date(2024)),
    ("datetime str", lambda: datetime("2024-01-01")),
    ("time.strftime", lambda: time_mod.strftime(None)),
    ("replace", lambda: "2024-01-01".replace("-", None)),
    ("fromisoformat", lambda: date.fromisoformat(None)),
]
for label, fn in checks:
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
