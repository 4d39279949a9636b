# LRU via OrderedDict, sliding window via deque, tail of a file.
from collections import OrderedDict, deque
import io

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            old = next(iter(self))
            print("evict", old)
            del self[old]

cache = LRU(2)
cache.put("a", 1); cache.put("b", 2); cache.get("a"); cache.put("c", 3)
print(cache, list(cache), repr(cache))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), OrderedDict([(1, 2)]) | {3: 4}, list(reversed(OrderedDict(x=1, y=2))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict(a=1).move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)

def tail(f, n=3):
    return deque(f, maxlen=n)

print(tail(io.StringIO("l1\nl2\nl3\nl4\nl5\n")))

def moving_average(xs, n=3):
    d = deque(maxlen=n)
    for x in xs:
        d.append(x)
        yield sum(d) / len(d)

print([round(v, 2) for v in moving_average([40, 30, 50, 46, 39, 44])])
d = deque([1, 2, 3], maxlen=5)
d.extendleft([0, -1])
d.append(4)
print(d, d.maxlen, d[0], d[-1], len(d))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.index(2), d.count(1))
d.insert(1, "x") if len(d) < 5 else d.remove(0)
print(d, d.pop(), d.popleft(), d)
print(repr(deque()), repr(deque("ab")), deque(range(3)) + deque([9]), deque("ab") * 2, 3 in deque([3]))
try:
    deque([], maxlen=1).pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1, 2], maxlen=2).insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
dq = deque(range(10))
del dq[2]
dq[0] = "first"
print(dq, dq.copy() == dq, list(reversed(dq))[:2])
dq.clear()
print(dq, bool(dq))
