# Saving memory with __slots__
import sys

class PointDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class PointSlots:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p1 = PointDict(1, 2)
p2 = PointSlots(1, 2)
print("dict instance:", sys.getsizeof(p1), "+ __dict__", sys.getsizeof(p1.__dict__))
print("slots instance:", sys.getsizeof(p2))
print("has __dict__:", hasattr(p1, "__dict__"), hasattr(p2, "__dict__"))
print("has __weakref__:", hasattr(p1, "__weakref__"), hasattr(p2, "__weakref__"))

try:
    p2.z = 3
except AttributeError as e:
    print("AttributeError:", e)

try:
    print(PointSlots.__new__(PointSlots).x)
except AttributeError as e:
    print("AttributeError:", e)

print(type(PointSlots.x).__name__, PointSlots.x)
print(PointSlots.__slots__)

class Point3(PointSlots):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print("subclass size:", sys.getsizeof(p3), p3.x, p3.y, p3.z)

class Loose(PointSlots):
    pass
p4 = Loose(5, 6)
p4.extra = 7
print("no slots in subclass:", sys.getsizeof(p4), p4.__dict__)

class WithWeak:
    __slots__ = ("a", "__weakref__")
import weakref
ww = WithWeak()
r = weakref.ref(ww)
print("weakref ok:", r() is ww)
try:
    weakref.ref(p2)
except TypeError as e:
    print("TypeError:", e)

class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print("slots + dict:", wd.__dict__, sys.getsizeof(wd))

for n in range(0, 6):
    cls = type(f"S{n}", (), {"__slots__": tuple(f"f{i}" for i in range(n))})
    print(n, "slots ->", sys.getsizeof(cls()))

try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)

del p2.x
try:
    p2.x
except AttributeError as e:
    print("after del:", e)
