# One STORE_ATTR site seeing new and existing attributes, other classes, and classes
# that change under it: what `object.__setattr__` does must not depend on the cache.
import sys


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def fill(obj, n):
    for i in range(n):
        obj.x = i
        obj.y = i * 2
    return obj


objs = [fill(Plain(1, 2), 3) for _ in range(3)]
print([vars(o) for o in objs])


class Slotted:
    __slots__ = ("x", "y")


class Other:
    pass


# The same site, several classes in turn.
for o in [Plain(0, 0), Slotted(), Other(), Plain(5, 6), Other()]:
    fill(o, 2)
    print(type(o).__name__, o.x, o.y, getattr(o, "__dict__", "no dict"))


# A data descriptor appears on the class after the site was filled.
class Late:
    pass


def store(o, v):
    o.x = v


a = Late()
store(a, 1)
store(a, 2)
log = []
Late.x = property(lambda self: "prop", lambda self, v: log.append(v))
b = Late()
store(b, 3)
print(vars(a), vars(b), log, b.x)
del Late.x
store(b, 4)
print(vars(b))


# `__setattr__` defined after the site was filled.
class Watched:
    pass


w = Watched()
store(w, 1)
Watched.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
w2 = Watched()
store(w2, 1)
store(w, 2)
print(vars(w), vars(w2))


# A materialized `__dict__`, deletions and re-adds, insertion order kept.
class Bag:
    pass


g = Bag()
d = g.__dict__
for k in range(3):
    store(g, k)
    g.z = k
    del g.x
print(d, list(d))
store(g, "back")
print(list(g.__dict__), g.__dict__ is d)


# A slotted class whose slots run out: the site must raise, every time.
class Tight:
    __slots__ = ("y",)


for i in range(2):
    try:
        store(Tight(), i)
    except AttributeError as e:
        print("AttributeError:", e)


# Values' counts and release order through the fast path.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


h = Bag()
store(h, Noisy("first"))
print(sys.getrefcount(h.x))
store(h, Noisy("second"))
h.y = Noisy("y")
del h
print("end")
