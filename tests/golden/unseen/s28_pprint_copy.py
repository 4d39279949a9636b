# pprint for nested data, copy for duplicating it
import pprint
import copy

data = {"users": [{"name": "alice", "roles": ["admin", "dev"], "meta": {"age": 30, "tags": list(range(12))}},
                  {"name": "bob", "roles": [], "meta": {}}],
        "count": 2, "settings": {"theme": "dark", "langs": ("en", "fr"), "nested": {"a": {"b": {"c": {"d": 1}}}}}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, sort_dicts=False, width=60)
print(pprint.pformat(list(range(30)), width=30))
print(pprint.isreadable(data), pprint.isrecursive(data), pprint.saferepr([1, "a"]))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split(" with id=")[0])
print(pprint.isrecursive(rec))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"k%d" % i: "v" * i for i in range(6)})
pprint.pp({"b": 1, "a": 2})
pprint.pprint(set(range(20)), width=30)
pprint.pprint(frozenset("a"), width=30)
pprint.pprint("a long string " * 8, width=40)
pprint.pprint(b"bytes " * 10, width=30)

shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow is data, shallow["users"] is data["users"], deep["users"] is data["users"])
deep["users"][0]["roles"].append("ops")
print(data["users"][0]["roles"], deep["users"][0]["roles"])
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1, 2])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.v is c.v, c3.v is c.v, c3.v == c.v)
rc = copy.deepcopy(rec)
print(rc[2] is rc, rc is not rec)
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, [2]))[1] is not None)
