# A tutorial-style tour: LRU cache with OrderedDict, a ring buffer with deque, grouping with defaultdict
from collections import OrderedDict, deque, defaultdict, Counter, namedtuple
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print('evict', evicted)
cache = LRU(2)
cache.put(1, 'one'); cache.put(2, 'two'); print(cache.get(1)); cache.put(3, 'three'); print(cache.get(2)); cache.put(4, 'four')
print(cache, list(cache.items()), repr(cache))
history = deque(maxlen=3)
for cmd in ['ls', 'cd /', 'pwd', 'echo hi', 'exit']:
    history.append(cmd)
    print(list(history))
def moving_average(seq, n=3):
    it = iter(seq); d = deque(); s = 0
    for x in it:
        d.append(x); s += x
        if len(d) > n:
            s -= d.popleft()
        if len(d) == n:
            yield s / n
print(list(moving_average([40, 30, 50, 46, 39, 44])))
Sale = namedtuple('Sale', 'region product amount')
sales = [Sale('north', 'apple', 10), Sale('south', 'pear', 5), Sale('north', 'pear', 7), Sale('east', 'apple', 3), Sale('south', 'apple', 8)]
by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s)
for region, items in sorted(by_region.items()):
    print(region, sum(i.amount for i in items), [i.product for i in items])
totals = Counter()
for s in sales:
    totals[s.product] += s.amount
print(totals, totals.most_common(1), sum(totals.values()), +totals, totals - Counter(apple=100))
tree = lambda: defaultdict(tree)
t = tree(); t['a']['b']['c'] = 1; t['a']['x'] = 2
def to_dict(d): return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(t))
q = deque(); q.extend(range(5)); q.rotate(2); print(q); q.appendleft('L'); print(q.popleft(), q.pop(), q, q.count(1), 3 in q)
print(Sale._fields, Sale('w', 'kiwi', 1)._replace(amount=9), Sale._make(['n', 'fig', 2])._asdict())
