class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __hash__(self):
        return hash(self.name)
d = {N("k1"): N("v1"), N("k2"): N("v2")}
print("drop dict")
del d
d2 = {"a": N("a"), "b": N("b")}
print("pop a")
d2.pop("a")
print("overwrite b")
d2["b"] = 0
print("end")
