# datetime against CPython on random values: timedelta rounding of floats, ordinals,
# ISO calendar, strftime of every directive, arithmetic, timestamps, isoformat round trips.
import random
from datetime import *
r = random.Random(11)
out = []
def rec(f):
    try: out.append(repr(f()))
    except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
for i in range(250):
    k = r.random()
    vals = [r.choice([0, 1, -1, 0.5, -0.5, 1.5, 2.5, r.uniform(-1e6, 1e6), r.randint(-10**9, 10**9), r.uniform(-1, 1) * 1e-6, 1e-7]) for _ in range(7)]
    rec(lambda: timedelta(*vals))
    rec(lambda: timedelta(microseconds=vals[0], milliseconds=vals[1], seconds=vals[2]))
    o = r.randint(1, 3652059)
    d = date.fromordinal(o)
    rec(lambda: (d, d.isocalendar(), d.weekday(), d.toordinal() == o, d.strftime('%a %A %b %B %j %U %W %w %u %G %V %y %C %c %x')))
    td = timedelta(days=r.randint(-5000, 5000), seconds=r.randint(0, 86399), microseconds=r.randint(0, 999999))
    dt = datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice([0, r.randint(0, 999999)]))
    rec(lambda: dt + td)
    rec(lambda: dt - td)
    rec(lambda: (td * r.uniform(-3, 3), td / r.uniform(0.1, 7), td / r.randint(1, 9), td // r.randint(1, 9), td % timedelta(hours=7), str(td), abs(td)))
    rec(lambda: (dt.isoformat(), str(dt), dt.timestamp(), dt.ctime()))
    rec(lambda: datetime.fromtimestamp(r.uniform(-1e10, 1e11), timezone.utc))
    rec(lambda: datetime.fromisoformat(dt.isoformat(r.choice('T '), r.choice(['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']))))
    rec(lambda: date.fromisocalendar(r.randint(1, 9999), r.randint(1, 53), r.randint(1, 7)))
print('\n'.join(out))
