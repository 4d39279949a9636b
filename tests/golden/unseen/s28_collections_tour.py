# A tour of the collections module
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
import sys

words = "the quick brown fox jumps over the lazy dog the fox".split()
c = Counter(words)
print(c.most_common(3))
print(c["the"], c["cat"])
c.update(["cat", "cat"])
print(sorted(c.items()))
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=5)
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3)
print(c3.total(), list(c3.elements()))
c3.subtract({"c": 10})
print(c3, +c3, -c3)
print(repr(Counter()), Counter("abracadabra"))

dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(sorted(dd.items())))
print(dd.default_factory, repr(defaultdict(int)))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)

dq = deque(range(5), maxlen=7)
dq.appendleft(-1)
dq.extend([10, 11, 12])
print(dq, len(dq), dq.maxlen)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.popleft(), dq.pop(), dq.index(10))
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))))

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields)
print(Point._make([1, 2]), sys.getsizeof(p) == sys.getsizeof((3, 4)))
Emp = namedtuple("Emp", ["name", "age", "dept"], defaults=["eng"])
print(Emp("ann", 30), Emp._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict.fromkeys("ace"), od == dict.fromkeys("cae"))
print(repr(OrderedDict()), OrderedDict(a=1))

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cli, cm.maps[1:], cm.new_child({"x": 1})["x"], cm.parents)
