# Priority queues and sorted lists
import heapq
import bisect

tasks = []
heapq.heappush(tasks, (3, "write docs"))
heapq.heappush(tasks, (1, "fix bug"))
heapq.heappush(tasks, (2, "review"))
heapq.heappush(tasks, (1, "deploy"))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))

nums = [9, 4, 7, 1, 8, 2, 6, 3, 5]
heapq.heapify(nums)
print(nums, nums[0])
print(heapq.heapreplace(nums, 10), heapq.heappushpop(nums, 0), nums)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
people = [{"name": "a", "age": 30}, {"name": "b", "age": 25}, {"name": "c", "age": 35}]
print(heapq.nsmallest(2, people, key=lambda p: p["age"]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(heapq.merge(["a", "cc"], ["bbb"], key=len, reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
data = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 10))
print(bisect.bisect_left(data, 3, 2), bisect.bisect_left(data, 3, lo=0, hi=1))
bisect.insort(data, 5)
bisect.insort_left(data, 3)
print(data)
records = [("ann", 20), ("bob", 31), ("cid", 45)]
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 31)])
print(bisect.bisect_left(records, 31, key=lambda r: r[1]))
bisect.insort(records, ("dan", 33), key=lambda r: r[1])
print(records)
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print("ValueError:", e)

class Running:
    def __init__(self):
        self.low, self.high = [], []
    def add(self, x):
        heapq.heappush(self.low, -heapq.heappushpop(self.high, x))
        if len(self.low) > len(self.high):
            heapq.heappush(self.high, -heapq.heappop(self.low))
    def median(self):
        if len(self.high) > len(self.low):
            return self.high[0]
        return (self.high[0] - self.low[0]) / 2

r = Running()
for x in [5, 15, 1, 3, 8, 7]:
    r.add(x)
    print(x, r.median())
