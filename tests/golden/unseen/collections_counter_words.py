from collections import Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs"""
words = text.split()
c = Counter(words)
print(c.most_common(3))
print(c["fox"], c["cat"])
c.update(["cat", "cat"])
print(sorted(c.items())[:5])
c2 = Counter("abracadabra")
print(c2)
print(c2 - Counter("aab"))
print(c2 & Counter("aaxyz"))
print(+Counter({"a": 2, "b": -1}))
print(list(c2.elements())[:8])
print(c2.total())

groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
for k in sorted(groups):
    print(k, groups[k][:3])

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p._asdict(), p._replace(x=10))
print(Point._fields, Point._make([1, 2]))
x, y = p
print(x + y)

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
print(d)
d.rotate(1)
print(d, d.popleft())
d.extendleft([9, 8])
print(d)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print(list(od))
od.popitem(last=False)
print(od)

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], dict(cm))
child = cm.new_child({"c": 4})
print(child, len(child))
