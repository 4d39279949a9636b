# Attribute loads, stores and method loads stay right when classes and instances change
# between runs of the same instruction (refpy caches per class what a lookup found).
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def get_x(p):
    return p.x


def set_x(p, v):
    p.x = v


def call_norm(p):
    return p.norm1()


p = Point(1, 2)
q = Point(-3, 4)
for obj in (p, q, p):
    print(get_x(obj), call_norm(obj))

# Attributes in another order in another instance.
r = Point.__new__(Point)
r.y = 10
r.x = 20
print(get_x(r), call_norm(r))

# A class attribute appears after the cache was filled: instance attributes still win
# over plain class attributes, and a property (data descriptor) wins over both.
Point.x = "class x"
print(get_x(p))
del p.x
print(get_x(p))
Point.x = property(lambda self: "property x")
print(get_x(q))
try:
    set_x(q, 5)
except AttributeError as e:
    print("AttributeError")
del Point.x
print(get_x(q))
set_x(p, 7)
print(get_x(p))

# A method replaced on the class, shadowed by an instance attribute, then deleted.
Point.norm1 = lambda self: "replaced"
print(call_norm(p))
p.norm1 = lambda: "instance"
print(call_norm(p), call_norm(q))
del p.norm1
print(call_norm(p))
del Point.norm1
try:
    call_norm(p)
except AttributeError as e:
    print("AttributeError:", e)


# Two classes through one instruction (a polymorphic site), one with __slots__.
class Slotted:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class WithGetattr:
    def __getattr__(self, name):
        return "getattr " + name


for obj in (Point(1, 1), Slotted(2), WithGetattr(), Point(3, 3), Slotted(4)):
    print(get_x(obj))
w = WithGetattr()
w.x = "own"
print(get_x(w))
del w.x
print(get_x(w))

s = Slotted(1)
for v in (10, 20):
    set_x(s, v)
    print(get_x(s))
del s.x
try:
    get_x(s)
except AttributeError as e:
    print("AttributeError:", e)


# __setattr__ and __getattribute__ added to a class after its instances were cached.
class Late:
    def __init__(self):
        self.x = 1


late = Late()
for v in range(3):
    set_x(late, v)
    print(get_x(late))
Late.__setattr__ = lambda self, name, value: print("setattr", name, value)
set_x(late, 99)
print(get_x(late))
Late.__getattribute__ = lambda self, name: "getattribute " + name
print(get_x(late))
del Late.__getattribute__
del Late.__setattr__
set_x(late, 5)
print(get_x(late))

# A replaced __dict__ is the attribute store from then on.
d = Point(1, 2)
print(get_x(d))
d.__dict__ = {"x": "from new dict", "y": 0}
print(get_x(d))
set_x(d, "stored")
print(d.__dict__)


# A new class at the address of a dead one must not reuse the dead one's cache entries.
def make_class(with_prop):
    class K:
        if with_prop:
            @property
            def x(self):
                return "prop"

        def __init__(self):
            self.__dict__["x"] = "dict"

    return K


for flag in (False, True, False, True):
    print(get_x(make_class(flag)()))


# Reference counts through cached loads and stores are CPython's.
class Holder:
    pass


h = Holder()
item = object()
h.a = item
print(sys.getrefcount(item))


def load_a(o):
    return o.a


for _ in range(3):
    v = load_a(h)
print(sys.getrefcount(item))
del v


def store_a(o, v):
    o.a = v


for _ in range(3):
    store_a(h, item)
print(sys.getrefcount(item))
store_a(h, None)
print(sys.getrefcount(item))


# __del__ runs when a cached store replaces the last reference.
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


for i in range(3):
    store_a(h, Loud(i))
    print("stored", i)
store_a(h, None)
print("end")
