# Tracking a small shop's inventory with the collections module
from collections import Counter, defaultdict, namedtuple, deque, OrderedDict, ChainMap

Item = namedtuple("Item", "name category price qty")
stock = [
    Item("apple", "fruit", 0.5, 40),
    Item("pear", "fruit", 0.75, 12),
    Item("carrot", "veg", 0.2, 100),
    Item("leek", "veg", 1.1, 7),
    Item("milk", "dairy", 1.25, 20),
]
print(stock[0])
print(stock[0]._asdict())
print(stock[1]._replace(qty=0))
print(Item._fields, Item._field_defaults)

by_cat = defaultdict(list)
for it in stock:
    by_cat[it.category].append(it.name)
print(dict(by_cat))
print(by_cat["bakery"], len(by_cat))

sales = Counter("apple pear apple milk apple leek pear".split())
print(sales)
print(sales.most_common(2))
sales.update(["milk", "milk"])
sales.subtract({"apple": 1})
print(sorted(sales.elements()))
print(sales + Counter(leek=3), sales - Counter(pear=5))
print(sales.total())

recent = deque(maxlen=3)
for name in ["apple", "pear", "milk", "leek", "carrot"]:
    recent.append(name)
print(recent)
recent.rotate(1)
print(recent, recent.maxlen)
recent.appendleft("kiwi")
print(list(recent), recent.count("milk"))

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(last=False))
print(od)

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cfg = ChainMap(user, defaults)
print(cfg["color"], cfg["size"], len(cfg))
child = cfg.new_child({"color": "blue"})
print(child["color"], child.maps[-1] is defaults)
print(sorted(child.items()))
