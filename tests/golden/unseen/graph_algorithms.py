from collections import deque, defaultdict
import heapq

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m, _ in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order

def dfs(n, seen=None):
    seen = seen if seen is not None else []
    seen.append(n)
    for m, _ in sorted(graph[n]):
        if m not in seen:
            dfs(m, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, t):
    p = [t]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]

print(bfs("A"))
print(dfs("A"))
dist, prev = dijkstra("A")
print(sorted(dist.items()))
print(path(prev, "F"))
from graphlib import TopologicalSorter
ts = TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
order = list(ts.static_order())
print(order[0], order[-1], len(order))
def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg.setdefault(v, 0)
    for k, vs in deps.items():
        indeg[k] += len(vs)
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for k, vs in sorted(deps.items()):
            if n in vs:
                indeg[k] -= 1
                if indeg[k] == 0:
                    ready.append(k)
    return out
print(topo({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}}))
grid = ["S.#.", "..#.", "...E"]
def grid_bfs():
    R, C = len(grid), len(grid[0])
    q = deque([(0, 0, 0)])
    seen = {(0, 0)}
    while q:
        r, c, d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append((nr, nc, d + 1))
print(grid_bfs())
