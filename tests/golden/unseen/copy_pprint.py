import copy
import pprint

orig = {"a": [1, 2, [3, 4]], "b": {"c": (5, [6])}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"][2].append(99)
orig["b"]["c"][1].append(7)
print(sh)
print(dp)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None
    def __repr__(self):
        return f"Node({self.v}, {len(self.children)})"
root = Node(1)
kid = Node(2)
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2, r2.children[0].parent is r2, r2.children[0] is kid)
class Custom:
    def __init__(self):
        self.data = [1]
    def __copy__(self):
        print("__copy__ called")
        c = Custom.__new__(Custom)
        c.data = self.data
        return c
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        c = Custom.__new__(Custom)
        c.data = copy.deepcopy(self.data, memo)
        return c
c = Custom()
print(copy.copy(c).data is c.data, copy.deepcopy(c).data is c.data)
lst = [1, 2]
lst.append(lst)
l2 = copy.deepcopy(lst)
print(l2, l2[2] is l2)
big = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 2 + 1], "meta": {"age": 20 + i, "active": i % 2 == 0}} for i in range(4)], "count": 4, "tags": list(range(25))}
pprint.pprint(big)
pprint.pprint(big, width=60, depth=2)
print(pprint.pformat({"z": 1, "a": 2, "m": [3] * 3}))
pprint.pprint({"z": 1, "a": 2}, sort_dicts=False)
pprint.pp(list(range(40)), compact=True)
print(pprint.pformat("x" * 100, width=30))
pprint.pprint((1, (2, (3, (4, (5, (6,)))))), depth=3)
print(pprint.isrecursive(lst), pprint.saferepr(lst).split(" with")[0])
