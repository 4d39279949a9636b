# Finding who holds a reference: gc.get_referrers / get_referents
import gc
import sys

class Widget:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Widget({self.name!r})"

w = Widget("knob")
holder_list = [w]
holder_dict = {"w": w}
holder_tuple = (w, 1)

class Box:
    pass
box = Box()
box.item = w

refs = gc.get_referrers(w)
kinds = sorted(type(r).__name__ for r in refs)
print("referrer kinds:", kinds)
print("list holds it:", any(r is holder_list for r in refs))
print("dict holds it:", any(r is holder_dict for r in refs))
print("tuple holds it:", any(r is holder_tuple for r in refs))
print("refcount:", sys.getrefcount(w))

print("referents of holder_list:", gc.get_referents(holder_list))
print("referents of holder_tuple:", sorted(map(repr, gc.get_referents(holder_tuple))))
print("referents of w are types:", sorted(type(x).__name__ for x in gc.get_referents(w)))

# Tracking status
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked((1, 2)), gc.is_tracked((1, [])))
t = (1, 2)
gc.collect()
print("tuple of ints after collect:", gc.is_tracked(t))
d = {"k": 1}
print("dict of atoms:", gc.is_tracked(d))
d["l"] = []
print("after adding a list:", gc.is_tracked(d))

# A cycle that only the collector can free
class Link:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("__del__", self.name)

a = Link("a")
b = Link("b")
a.other = b
b.other = a
del a, b
print("unreachable cycle, collecting...")
n = gc.collect()
print("collect returned", n)

gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
print("saved garbage:", [type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("threshold:", gc.get_threshold())
print("enabled:", gc.isenabled())
