from collections import ChainMap, namedtuple, defaultdict, OrderedDict, deque

defaults = {"color": "red", "user": "guest", "theme": "light"}
env = {"user": "admin"}
cli = {}
cfg = ChainMap(cli, env, defaults)
print(cfg["user"], cfg["color"], len(cfg), sorted(cfg), cfg.get("nope", "dflt"))
print(cfg)
cli["color"] = "blue"
print(cfg["color"], cfg.maps[0])
child = cfg.new_child({"theme": "dark"})
print(child["theme"], child.parents["theme"], child.parents.parents)
del child["theme"]
try:
    del child["theme"]
except KeyError as e:
    print("KeyError:", e)
print(dict(cfg), list(cfg.items())[:2])
print(ChainMap(), ChainMap({1: 2}) | {3: 4}, repr(ChainMap({})))
print(cfg.pop("color"), cfg.popitem() if False else "", "color" in cfg)
cfg2 = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cfg2, cfg2.copy(), cfg2.new_child())
try:
    cfg2.maps[0].clear(); cfg2.pop("a")
except KeyError as e:
    print("KeyError:", e)

Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(1)
print(p, p._replace(y=5), p._asdict(), Point._make([3, 4]), Point._fields, Point._field_defaults)
print(repr(Point), Point.__doc__, Point.x.__doc__, p.count(1), p.index(0))
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "def x")
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", "a def _x", rename=True)._fields)
Emp = namedtuple("Emp", "name, age", module="hr")
print(Emp.__module__, Emp("a", 1))
x, y = Point(7, 8)
print(x + y, Point(1, 2) == (1, 2), Point(*range(2)))

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, repr(defaultdict(int)), defaultdict(None, {1: 2}), repr(defaultdict(lambda: 0)).split(" at ")[0])
print(dd["zz"], dd.default_factory, dict(dd))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError:", e)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(dict(t["a"]["b"]))
print(dd | {"c": [9]}, type(dd | {}).__name__, dd.copy())
