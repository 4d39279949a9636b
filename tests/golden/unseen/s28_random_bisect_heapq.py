# Seeded randomness, sorted lookups and priority queues
import random
import bisect
import heapq

random.seed(2024)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 5))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.sample(range(100), 4))
deck = list(range(10))
random.shuffle(deck)
print(deck, round(random.uniform(1, 2), 10), round(random.gauss(0, 1), 10), random.getrandbits(40))
print(random.choices("abc", weights=[10, 1, 1], k=6), round(random.triangular(0, 10, 3), 10))
r = random.Random(7)
print([r.randint(0, 9) for _ in range(10)], r.random())
state = r.getstate()
x = r.random()
r.setstate(state)
print(x == r.random())
random.seed("text seed")
print(random.random())
random.seed(b"bytes")
print(random.randbytes(4).hex(), round(random.expovariate(1.5), 10), round(random.betavariate(2, 3), 10))
scores = [33, 99, 77, 70, 89, 90, 100]
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in scores])
sl = [1, 3, 3, 3, 5]
print(bisect.bisect_left(sl, 3), bisect.bisect_right(sl, 3), bisect.bisect(sl, 0))
bisect.insort(sl, 4)
bisect.insort_left(sl, 3)
print(sl, bisect.bisect_left([(1, "a"), (3, "b")], (2,)), bisect.bisect([10, 20, 30], 25, key=None))
print(bisect.bisect_left(["apple", "fig", "kiwi"], 4, key=len))
h = []
for item in [(5, "write"), (1, "urgent"), (3, "review"), (1, "also urgent")]:
    heapq.heappush(h, item)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums, key=lambda v: -v))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), nums)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(["b", "a"], ["c"], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
