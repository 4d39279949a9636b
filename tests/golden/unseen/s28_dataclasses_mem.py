# dataclasses: what they generate, and how much memory they use
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
import sys

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty

i1 = Item("pen", 1.5, 4)
i2 = Item("pen", 1.5, 4)
print(i1)
print(i1 == i2, i1 is i2, i1.total)
print(asdict(i1), astuple(i1))
print(replace(i1, qty=10))
print([f.name for f in fields(Item)])
print(Item.__match_args__)
try:
    hash(i1)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs))
print(max(vs), Version(1) < Version(1, 0, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass(slots=True)
class Slim:
    x: int
    y: int

s = Slim(1, 2)
print(s, hasattr(s, "__dict__"), Slim.__slots__)
print("sizes:", sys.getsizeof(s), sys.getsizeof(Item("a", 1.0)))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2

print(WithPost(5))

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080

print(Config(port=9000))
try:
    Config("x")
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list, repr=False)

root = Node(1)
root.children.append(Node(2))
print(root, len(root.children), field(default=3).default)
