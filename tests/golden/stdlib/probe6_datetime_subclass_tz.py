from datetime import datetime, date, tzinfo, timedelta, timezone

class FixedOffset(tzinfo):
    def __init__(self, minutes, name):
        self._off = timedelta(minutes=minutes)
        self._name = name
    def utcoffset(self, dt):
        return self._off
    def tzname(self, dt):
        return self._name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return f"FixedOffset({self._off}, {self._name!r})"

class SimpleUS(tzinfo):
    """Eastern time with a toy DST rule: April..October."""
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        return timedelta(hours=1) if 4 <= dt.month <= 10 else timedelta(0)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

nep = FixedOffset(345, "NPT")
d = datetime(2024, 5, 1, 12, tzinfo=nep)
print(d, repr(d.tzinfo), d.tzname(), d.utcoffset(), d.isoformat())
print(d.astimezone(timezone.utc), d.astimezone(SimpleUS()).strftime("%Y-%m-%d %H:%M %Z %z"))
for m in (1, 7):
    e = datetime(2024, m, 15, 8, tzinfo=SimpleUS())
    print(e, e.tzname(), e.dst(), e.timetuple().tm_isdst)

class Day(date):
    def is_weekend(self):
        return self.weekday() >= 5
    def __repr__(self):
        return f"Day<{self.isoformat()}>"

x = Day(2024, 3, 9)
print(x, repr(x), x.is_weekend(), type(x + timedelta(1)).__name__, type(x.replace(day=10)).__name__)
print(type(Day.today()).__name__, type(Day.fromisoformat("2024-01-01")).__name__)

class Stamp(datetime):
    pass

s = Stamp(2024, 1, 2, 3, 4)
print(repr(s), type(s - timedelta(1)).__name__, type(Stamp.fromtimestamp(0, timezone.utc)).__name__)
print(s.isoformat(), s == datetime(2024, 1, 2, 3, 4))

class BadTZ(tzinfo):
    def utcoffset(self, dt):
        return 5

try:
    datetime(2024, 1, 1, tzinfo=BadTZ()).utcoffset()
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    datetime(2024, 1, 1, tzinfo=1)
except TypeError as e:
    print("TypeError:", e)
naive = datetime(2024, 1, 1, 12)
print(naive.utcoffset(), naive.tzname(), naive.replace(tzinfo=timezone.utc).isoformat())
print(naive.astimezone(timezone(timedelta(hours=2))).tzinfo is not None)
