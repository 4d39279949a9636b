# Dijkstra shortest paths and k-way merge of sorted logs with heapq.
import heapq
from itertools import count

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

dist, prev = dijkstra("A")
print(sorted(dist.items()))
node, path = "E", []
while node != "A":
    path.append(node)
    node = prev[node]
print(" -> ".join(["A"] + path[::-1]))
logs = [
    [(1, "web", "start"), (5, "web", "req"), (9, "web", "stop")],
    [(2, "db", "start"), (3, "db", "query"), (10, "db", "stop")],
    [(4, "cache", "miss")],
]
for ts, src, msg in heapq.merge(*logs):
    print(f"{ts:>3} {src:<6}{msg}")
tie = count()
pq = []
for prio, job in [(2, {"name": "b"}), (1, {"name": "a"}), (2, {"name": "c"})]:
    heapq.heappush(pq, (prio, next(tie), job))
print([heapq.heappop(pq)[2]["name"] for _ in range(3)])
try:
    heapq.heappush(pq, (1, {"x": 1}))
    heapq.heappush(pq, (1, {"y": 2}))
except TypeError as e:
    print("TypeError:", e)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nlargest(3, set(words), key=lambda w: (len(w), w)))
print(heapq.nsmallest(2, [3, 1, 2], key=lambda x: -x), heapq.nlargest(2, iter([5, 1, 9, 3])))
h = []
for x in [5, 3, 8, 1]:
    heapq.heappush(h, -x)
print([-heapq.heappop(h) for _ in range(len(h))])
