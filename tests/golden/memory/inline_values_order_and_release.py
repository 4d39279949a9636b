# Inline values (CPython 3.11's values array by shared-key index): the order of
# attributes in __dict__ after stores in another order than the class's first
# instance, after del and re-add; the order values are released when the instance
# dies (values-array order) and the order gc.get_referents reports them.
import gc, sys

class Tell:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class P:
    pass

first = P()
first.a = 1
first.b = 2
first.c = 3

print("same order")
o = P()
o.a = Tell("a"); o.b = Tell("b"); o.c = Tell("c")
print([type(r).__name__ for r in gc.get_referents(o)])
del o

print("reversed order")
o = P()
o.c = Tell("c"); o.b = Tell("b"); o.a = Tell("a")
print(list(vars(o)))
o2 = P()
o2.c = Tell("c2"); o2.b = Tell("b2"); o2.a = Tell("a2")
del o2
print("(no __dict__ asked)")
del o

print("skipping a key")
o = P()
o.a = Tell("a"); o.c = Tell("c")
print(list(o.__dict__))
o.b = Tell("b")
print(list(o.__dict__))
del o

print("skipping then filling, no __dict__")
o = P()
o.a = Tell("a"); o.c = Tell("c"); o.b = Tell("b")
del o

print("del and re-add")
o = P()
o.a = Tell("a"); o.b = Tell("b"); o.c = Tell("c")
del o.a
print("  after del")
o.a = Tell("a again")
print(list(o.__dict__))
del o

print("replace keeps order")
o = P()
o.a = Tell("a"); o.b = Tell("b")
o.a = Tell("a2")
print(list(o.__dict__))
del o

print("new key beyond the first instance's")
o = P()
o.d = Tell("d"); o.a = Tell("a")
print(list(o.__dict__), sorted(k for k in dir(o) if len(k) == 1))
del o

print("referents with values")
o = P()
x, y = [1], [2]
o.b = y
o.a = x
refs = gc.get_referents(o)
print([r is x for r in refs], [r is y for r in refs])
del refs
o.c = (3,)
print(len(gc.get_referents(o)))
d = o.__dict__
print(len(gc.get_referents(o)), gc.get_referents(o)[0] is d)
