import heapq, itertools
class Scheduler:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()
        self._removed = set()
    def add(self, when, name):
        heapq.heappush(self._heap, (when, next(self._counter), name))
    def cancel(self, name):
        self._removed.add(name)
    def run(self):
        while self._heap:
            when, seq, name = heapq.heappop(self._heap)
            if name in self._removed:
                print('skip', name)
                continue
            print(f't={when:>4} #{seq} {name}')
s = Scheduler()
for when, name in [(5, 'e'), (1, 'a'), (3, 'c'), (1, 'b'), (3, 'd'), (0.5, 'first')]:
    s.add(when, name)
s.cancel('c')
s.run()
def kth_largest(nums, k):
    h = nums[:k]; heapq.heapify(h)
    for x in nums[k:]:
        if x > h[0]:
            heapq.heapreplace(h, x)
    return h[0]
print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest([3, 2, 3, 1, 2, 4, 5, 5, 6], 4))
def dijkstra(graph, src):
    dist = {src: 0}; pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd; heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
G = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('c', 10), ('d', 15)], 'c': [('d', 11), ('f', 2)], 'd': [('e', 6)], 'f': [('e', 9)]}
print(dijkstra(G, 'a'))
print(list(heapq.merge(*[[i, i + 10, i + 20] for i in range(3)])))
