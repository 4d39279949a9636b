# A game leaderboard: bisect keeps scores sorted, heapq picks the top players.
import bisect, heapq
from collections import defaultdict

class Leaderboard:
    def __init__(self):
        self.scores = defaultdict(int)
        self.sorted = []          # (score, name), ascending

    def add(self, name, points):
        old = self.scores[name]
        if old:
            i = bisect.bisect_left(self.sorted, (old, name))
            del self.sorted[i]
        self.scores[name] = old + points
        bisect.insort(self.sorted, (old + points, name))

    def top(self, k):
        return heapq.nlargest(k, self.scores.items(), key=lambda kv: (kv[1], kv[0]))

    def rank(self, name):
        s = self.scores[name]
        return len(self.sorted) - bisect.bisect_right(self.sorted, (s, name)) + 1

    def between(self, lo, hi):
        i = bisect.bisect_left(self.sorted, (lo, ""))
        j = bisect.bisect_right(self.sorted, (hi, "\uffff"))
        return self.sorted[i:j]

lb = Leaderboard()
for name, pts in [("ann", 50), ("bob", 30), ("cid", 70), ("ann", 25), ("dee", 30), ("bob", 5), ("eve", 100)]:
    lb.add(name, pts)
print(lb.sorted)
print(lb.top(3))
print({n: lb.rank(n) for n in sorted(lb.scores)})
print(lb.between(30, 75))
print(heapq.nsmallest(2, lb.scores, key=lb.scores.get))
rounds = [[("ann", 3), ("bob", 9)], [("cid", 1), ("dee", 4)], [("eve", 2)]]
merged = list(heapq.merge(*[sorted(r, key=lambda t: t[1]) for r in rounds], key=lambda t: t[1]))
print(merged)
heap = [(-s, n) for n, s in lb.scores.items()]
heapq.heapify(heap)
podium = [heapq.heappop(heap)[1] for _ in range(3)]
print(podium, len(heap))
