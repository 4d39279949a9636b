inventory = {"apples": 5, "pears": 0, "kiwis": 12}
inventory["plums"] = 3
inventory.update(pears=4, figs=1)
print(inventory, len(inventory))
print(inventory.get("grapes"), inventory.get("grapes", 0), inventory.setdefault("limes", 7))
print(inventory.pop("figs"), inventory.pop("nothing", None))
print(sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in inventory.items() if v > 4})
print(list(inventory.keys())[:2], sum(inventory.values()))
print(inventory.popitem(), "apples" in inventory)
inv2 = dict.fromkeys(["a", "b"], 0)
print(inv2, dict(zip("xyz", range(3))), dict([("k", 1)], z=2))
try:
    inventory["missing"]
except KeyError as e:
    print("KeyError", e)
d = {}
for word in "the cat the hat the end".split():
    d[word] = d.get(word, 0) + 1
print(d, max(d, key=d.get))
keys = {"a": 1, "b": 2}.keys() & {"b": 0, "c": 0}.keys()
print(keys, {"a": 1}.items() <= {"a": 1, "b": 2}.items())
print(reversed({"x": 1, "y": 2}).__next__(), list(reversed({"x": 1, "y": 2}.items())))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}))
a.add(10); a.discard(1); a.discard(99)
print(a, a.pop() in {2, 3, 4, 10}, len(a))
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
fs = frozenset("hello")
print(sorted(fs), fs == set("olleh"), {fs: 1}[frozenset("leho")])
s = set()
s.update([1, 2], (3,), {4})
s.intersection_update({1, 2, 3})
print(s, s.union([7]), s.difference({1}), s.symmetric_difference({1, 9}))
print({x % 3 for x in range(10)}, set("mississippi") - set("sip"))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
from collections import defaultdict
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
import json
print(json.dumps(t))
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "tuple key"}, dict(sorted({"b": 1, "a": 2}.items())))
d1 = {"a": 1, "b": 2}
print(d1 == {"b": 2, "a": 1}, list(d1) == list({"b": 2, "a": 1}), str(d1.keys()), str(d1.values()), str(d1.items()))
