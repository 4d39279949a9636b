# Timeline lookups with bisect on sorted timestamps and key= (3.10+).
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from datetime import datetime, timedelta

@dataclass(order=True)
class Event:
    when: datetime
    name: str = field(compare=False)

base = datetime(2024, 5, 1, 9)
events = [Event(base + timedelta(minutes=m), n) for m, n in [(0, "standup"), (30, "review"), (90, "lunch"), (240, "demo")]]
times = [e.when for e in events]

def at(t):
    i = bisect_right(times, t)
    return events[i - 1].name if i else None

for minutes in [-5, 0, 29, 30, 100, 500]:
    print(minutes, at(base + timedelta(minutes=minutes)))
insort(events, Event(base + timedelta(minutes=60), "1:1"))
print([e.name for e in events])
i = bisect_left(events, base + timedelta(minutes=60), key=lambda e: e.when)
print(i, events[i].name)
insort(events, Event(base + timedelta(minutes=60), "dup"), key=lambda e: e.when)
print([e.name for e in events])
scores = sorted([("ann", 72), ("bob", 88), ("cid", 95), ("dee", 61)], key=lambda p: p[1])
cut = bisect_left(scores, 70, key=lambda p: p[1])
print("failing", scores[:cut], "passing", [n for n, _ in scores[cut:]])
ranges = [0, 18, 65]
labels = ["minor", "adult", "senior"]
print([labels[bisect_right(ranges, age) - 1] for age in [3, 18, 40, 65, 99]])
inventory = []
for item in ["pear", "apple", "fig", "banana", "apple"]:
    insort(inventory, item)
print(inventory, bisect_left(inventory, "apple"), bisect_right(inventory, "apple"))
print(bisect_left([], 1), bisect_right([1], 1, lo=1), bisect_left([1, 2, 3], 2, hi=1))
try:
    bisect_left([1, 2], 1, hi=-1) if False else bisect_left(None, 1)
except TypeError as e:
    print("TypeError:", e)
