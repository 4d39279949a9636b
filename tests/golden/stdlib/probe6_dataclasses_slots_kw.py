from dataclasses import dataclass, field, make_dataclass, fields, asdict
import sys

@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

v = Vec(3, 4)
print(v, v.norm(), Vec.__slots__, hasattr(v, "__dict__"))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool = False

print(Config(port=9000))
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=2)
    c: int = 3

print(Mixed(1, 5), Mixed(1, c=4, b=0), Mixed.__match_args__)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list, repr=False)

n = Node(1)
print(n, n == Node(1), n.__eq__(Node(1)))

Pt3 = make_dataclass("Pt3", [("x", int), ("y", int, field(default=0)), "z"] if False else [("x", int), ("y", int, field(default=0))], namespace={"s": lambda self: self.x + self.y})
p = Pt3(4, 5)
print(p, p.s(), [f.name for f in fields(Pt3)])

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(hash=False)

print(hash(Key(1, "x")) == hash(Key(1, "y")))

@dataclass
class Base:
    x: int = 0
    def describe(self):
        return f"{type(self).__name__}({self.x})"

@dataclass
class Child(Base):
    y: int = 1
    x: int = 10

print(Child(), Child().describe(), [f.name for f in fields(Child)])
print(repr(Vec), Vec.__init__.__qualname__ if hasattr(Vec.__init__, "__qualname__") else None)

@dataclass(repr=False)
class Quiet:
    a: int

print(repr(Quiet(1)).startswith("<__main__.Quiet object at"))
print(asdict(Mixed(1)), Config.__dataclass_params__.frozen if hasattr(Config, "__dataclass_params__") else None)
