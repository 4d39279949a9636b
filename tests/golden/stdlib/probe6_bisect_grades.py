import bisect
from bisect import bisect_left, bisect_right, insort, insort_left

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
a = [1, 2, 4, 4, 4, 8]
print(bisect_left(a, 4), bisect_right(a, 4), bisect_left(a, 0), bisect_right(a, 99), bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2))
insort(a, 5)
insort_left(a, 4)
print(a)
records = [("ann", 21), ("bob", 35), ("cid", 50)]
ages = lambda r: r[1]
print(bisect_left(records, 35, key=ages), bisect_right(records, 35, key=ages))
insort(records, ("dee", 30), key=ages)
insort_left(records, ("eve", 35), key=ages)
insort(records, ("fay", 35), key=ages)
print(records)

def index(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x!r} not in list")

def find_le(a, x):
    i = bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError("nothing <= %r" % (x,))

def find_gt(a, x):
    i = bisect_right(a, x)
    if i != len(a):
        return a[i]
    raise ValueError

srt = [10, 20, 30, 40]
print(index(srt, 30), find_le(srt, 35), find_gt(srt, 35))
for f, x in [(index, 25), (find_le, 5), (find_gt, 40)]:
    try:
        f(srt, x)
    except ValueError as e:
        print(f.__name__, "ValueError:", repr(e))
try:
    bisect_left(srt, 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect_left(srt, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    bisect.insort(None, 1)
except TypeError as e:
    print("TypeError:", e)
print(bisect_left("abcde", "c"), bisect_right((1, 1, 2), 1), bisect.bisect is bisect_right, bisect.insort is insort)
import random
random.seed(7)
data = []
for _ in range(10):
    insort(data, random.randrange(100))
print(data, data == sorted(data))
