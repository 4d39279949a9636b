import heapq, bisect
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h)
heapq.heappush(h, 0); print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, [4, 1, 7, 3, 8]), heapq.nsmallest(2, [4, 1, 7, 3, 8]), heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print('TypeError', e)
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(heapq.heappushpop([], 5), heapq.nsmallest(0, [1]), heapq.nlargest(1, []))
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 9, key=lambda r: r[1]))
bisect.insort(recs, ('d', 6), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.bisect(None, 1)
except TypeError as e:
    print('TypeError', e)
