from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from typing import List, Optional

@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def total(self) -> float:
        return self.price * self.qty

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: Optional[str] = None
    secret: str = field(default="x", repr=False, compare=False)

    def add(self, item):
        self.items.append(item)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale

inv = Inventory(owner="bob")
inv.add(Item("apple", 0.5, 10))
inv.add(Item("pear", 0.75, 4, ["fruit"]))
print(inv)
print(sum(i.total() for i in inv.items))
print(asdict(inv))
print(astuple(inv.items[0]))
print(Item("a", 1) == Item("a", 1), Item("a", 1) == Item("a", 2))
v = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)])
print(v)
try:
    v[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(Version(1)) == hash(Version(1)))
print(replace(Version(1, 2, 3), minor=9))
print([f.name for f in fields(Item)])
print(WithPost(5), WithPost(5, 3))

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 1
s = Slotted(3)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080
print(Config(port=9000))
try:
    Config("h")
except TypeError as e:
    print(e)
print(Item.__repr__(Item("z", 2.0)))
