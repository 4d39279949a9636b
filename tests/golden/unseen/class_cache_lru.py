from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            print("evict", old)
    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"

c = LRUCache(3)
for k in "abcabdae":
    if c.get(k) is None:
        c.put(k, k.upper())
print(c, c.hits, c.misses)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, col = idx
        return self.rows[r][col]
    def __setitem__(self, idx, v):
        r, col = idx
        self.rows[r][col] = v
    def __delitem__(self, idx):
        del self.rows[idx]
    def __repr__(self):
        return "\n".join(" ".join(map(str, r)) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 9
print(m[0, 1], m[1, 0])
del m[0]
print(m)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s[:2]).__name__, isinstance(s, list))
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __missing__(self, k):
        return f"<{k} missing>"
u = UpperDict()
u["abc"] = 1
print(u, u["zzz"], u.get("zzz"), "ABC" in u)
from collections import UserDict, UserList, UserString
class LowerKeys(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
lk = LowerKeys({"A": 1})
lk["B"] = 2
print(lk, lk.data, isinstance(lk, dict))
class Bounded(UserList):
    def append(self, x):
        if len(self) >= 2:
            raise OverflowError("full")
        super().append(x)
bl = Bounded()
bl.append(1); bl.append(2)
try:
    bl.append(3)
except OverflowError as e:
    print(e, bl)
print(UserString("abc").upper(), UserString("x") + "y")
