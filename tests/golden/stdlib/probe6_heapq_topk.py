import heapq
from dataclasses import dataclass, field
from typing import Any

portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
    {"name": "ACME", "shares": 75, "price": 115.65},
]
print([s["name"] for s in heapq.nsmallest(3, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(3, portfolio, key=lambda s: s["price"])])
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums), heapq.nlargest(20, nums))
print(heapq.nlargest(2, [(1, "b"), (1, "a"), (0, "z")]), heapq.nsmallest(2, "hello"))
h = list(nums)
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(4)], h[0])
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 100), h[0])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))

@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: Any = field(compare=False)

q = []
for i, (p, n) in enumerate([(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]):
    heapq.heappush(q, Task(p, i, n))
while q:
    t = heapq.heappop(q)
    print(t.priority, t.name)

def running_median(xs):
    lo, hi = [], []
    out = []
    for x in xs:
        heapq.heappush(lo, -heapq.heappushpop(hi, x))
        if len(lo) > len(hi):
            heapq.heappush(hi, -heapq.heappop(lo))
        out.append(hi[0] if len(hi) > len(lo) else (hi[0] - lo[0]) / 2)
    return out

print(running_median([5, 15, 1, 3, 2, 8]))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print("TypeError:", e)
print(heapq._heapify_max.__name__ if hasattr(heapq, "_heapify_max") else None)
