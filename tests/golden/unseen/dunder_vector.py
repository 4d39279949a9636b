import math
from functools import total_ordering

class Vector:
    def __init__(self, *coords):
        self.coords = tuple(coords)
    def __repr__(self):
        return f"Vector{self.coords}"
    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self.coords) + ">"
    def __len__(self):
        return len(self.coords)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.coords[i])
        return self.coords[i]
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return math.sqrt(sum(c * c for c in self))
    def __bool__(self):
        return any(self.coords)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords
    def __hash__(self):
        return hash(self.coords)
    def __iter__(self):
        return iter(self.coords)
    def __contains__(self, x):
        return x in self.coords
    def __format__(self, spec):
        return "(" + ", ".join(format(c, spec) for c in self.coords) + ")"
    def __call__(self, i):
        return self.coords[i] * 10
    def __matmul__(self, o):
        return self * o
    def __iadd__(self, o):
        return self + o
    def __lt__(self, o):
        return abs(self) < abs(o)

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w, -v, abs(Vector(3, 4)))
print(repr(v), len(v), v[0], v[-1], v[1:], bool(Vector(0, 0)), 2 in v, list(v))
print(f"{v:.2f}", format(w, "03d"), v(1), v == Vector(1, 2, 3), v != w, {v: "hashable"}[Vector(1, 2, 3)])
v += w
print(v, sorted([w, Vector(0, 1), v]), max(Vector(1), Vector(-5)))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
print(sum([Money(150), Money(275)]))
try:
    Money(1) + 5
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), iter(Seq()).__class__.__name__)
class Ctx:
    def __getattr__(self, name):
        return f"dynamic {name}"
    def __setattr__(self, name, value):
        object.__setattr__(self, name.upper(), value)
c = Ctx()
c.x = 5
print(c.X, c.y)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp.__hash__)
