# Copying nested structures and pretty printing them
import copy
import pprint

config = {"servers": [{"name": "alpha", "ports": [80, 443]}, {"name": "beta", "ports": [22]}],
          "owner": ("ops", "team"), "meta": {"created": "2024-01-01", "tags": {"prod"}}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["servers"][0]["ports"].append(8080)
print(shallow["servers"][0]["ports"], deep["servers"][0]["ports"])
print(shallow is config, shallow["servers"] is config["servers"], deep["servers"] is config["servers"])
print(deep["owner"] is config["owner"])

node = [1, 2]
node.append(node)
clone = copy.deepcopy(node)
print(clone[2] is clone, clone is node)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __copy__(self):
        print("custom copy")
        return Matrix(self.rows)
    def __deepcopy__(self, memo):
        print("custom deepcopy, memo has", len(memo) >= 0)
        return Matrix(copy.deepcopy(self.rows, memo))
    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 2], [3, 4]])
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
m.rows[0][0] = 99
print(m2, m3)

class Plain:
    def __init__(self):
        self.items = [1]
        self.name = "p"

p = Plain()
q = copy.deepcopy(p)
q.items.append(2)
print(p.items, q.items, q.name, type(q) is Plain)
print(copy.copy(5), copy.deepcopy("s"), copy.copy([1, [2]]), copy.replace if hasattr(copy, "replace") else "no replace")

data = {"name": "refpy", "versions": list(range(20)), "nested": {"a": {"b": {"c": {"d": [1, 2, 3]}}}},
        "long": "x" * 30, "pairs": [(i, chr(97 + i)) for i in range(6)]}
pprint.pprint(data)
pprint.pprint(data, width=50, depth=2)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
print(pprint.pformat({"z": 1, "a": [1, 2]}, indent=4))
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(pprint.saferepr({"self": "ref"}), pprint.isreadable([1, 2]), pprint.isrecursive(node))
print(pprint.pformat(node).split(' with id=')[0])
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta" * 3}})
pprint.pp({"b": 1, "a": 2})
