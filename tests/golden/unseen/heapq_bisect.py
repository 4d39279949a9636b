import heapq
import bisect

nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print(nums, nums[0])
heapq.heappush(nums, 0)
print([heapq.heappop(nums) for _ in range(3)], nums)
print(heapq.nlargest(3, [4, 1, 7, 3, 8, 5]), heapq.nsmallest(2, [4, 1, 7, 3, 8, 5]))
people = [{"n": "a", "age": 30}, {"n": "b", "age": 25}, {"n": "c", "age": 35}]
print(heapq.nsmallest(2, people, key=lambda p: p["age"]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "exec"))
while tasks:
    print(heapq.heappop(tasks))
class Task:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p < other.p
h = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
heapq.heapify(h)
print([heapq.heappop(h).name for _ in range(3)])
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("z", 3), key=lambda r: r[1])
print(recs)
print(heapq.merge.__name__, list(heapq.merge([3, 1], [2], key=lambda x: -x, reverse=False)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
