import weakref
class V:
    def __init__(self, n): self.n = n
d = weakref.WeakValueDictionary()
a, b = V(1), V(2)
d["a"] = a
d["b"] = b
print(len(d), sorted(d.keys()), d["a"].n)
del a
print(len(d), sorted(d.keys()), "a" in d)
print(d.get("a"), d.get("b").n)
try:
    d["a"]
except KeyError as e:
    print("KeyError", e)
