# The sizes and tracking of an instance and of its __dict__ while its attributes are
# inline values, once the dict is asked for, after a key the shared keys have no
# room for, after del; refcounts of the values.
import gc, sys

class V:
    def __init__(self, a, b):
        self.a = a
        self.b = b

vs = [V(i, i) for i in range(5)]
o = V(1, 2)
print("instance", sys.getsizeof(o), gc.is_tracked(o))
d = o.__dict__
print("dict", sys.getsizeof(d), gc.is_tracked(d), d is o.__dict__, d is vars(o))
t = V([], 2)
print("tracked value", gc.is_tracked(t.__dict__))
u = V(1, 2)
u.c = 3
print("third key", sys.getsizeof(u.__dict__), list(u.__dict__))
w = V(1, 2)
del w.a
print("after del", sys.getsizeof(w.__dict__), list(w.__dict__))
w.a = 5
print("re-added", sys.getsizeof(w.__dict__), list(w.__dict__), w.a)

class Full:
    pass
f = Full()
for i in range(31):
    setattr(f, "k%d" % i, i)
print("31 keys", sys.getsizeof(f.__dict__), len(f.__dict__))
g = Full()
g.k0 = 0
print("new instance of full class", sys.getsizeof(g.__dict__))
g.zz = 1
print("refused key", sys.getsizeof(g.__dict__), list(g.__dict__))

val = object()
base = sys.getrefcount(val)
many = [V(val, val) for _ in range(10)]
print("refcount +", sys.getrefcount(val) - base)
for m in many[:5]:
    m.a = None
print("refcount +", sys.getrefcount(val) - base)
del many
print("refcount +", sys.getrefcount(val) - base)

class G:
    def __getattr__(self, name):
        return "missing " + name
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
gg = G()
gg.x = 3
print(gg.x, gg.y, vars(gg))

import copy, pickle
o = V([1], "s")
o.extra = 1
c = copy.copy(o)
print(vars(c), c.a is o.a)
p = pickle.loads(pickle.dumps(o))
print(vars(p))

class Other:
    def __init__(self):
        self.b = 0
o = V(10, 20)
o.__class__ = Other
print(type(o).__name__, vars(o), o.a, o.b)
o.c = 30
print(vars(o), sys.getsizeof(o.__dict__))
