from collections import deque, defaultdict
import heapq

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
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

def path_to(prev, dst):
    path = [dst]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

print("BFS:", bfs("A"))
print("DFS:", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>3}  via {' -> '.join(path_to(prev, node))}")

def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[v] = indeg.get(v, 0) + 1
    q = deque(sorted(k for k, d in indeg.items() if d == 0))
    out = []
    while q:
        n = q.popleft()
        out.append(n)
        for v in deps.get(n, []):
            indeg[v] -= 1
            if indeg[v] == 0:
                q.append(v)
    if len(out) != len(indeg):
        raise ValueError("cycle detected")
    return out

print(topo({"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"]}))
try:
    topo({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("error:", e)
grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
q = deque([(start, 0)])
seen = {start}
while q:
    (r, c), d = q.popleft()
    if grid[r][c] == "E":
        print("maze steps:", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
print(len(seen), q.maxlen, deque([1, 2, 3], maxlen=2), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, edges, key=lambda e: e[2]))
