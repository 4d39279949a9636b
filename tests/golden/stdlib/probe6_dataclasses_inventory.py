from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError, KW_ONLY, is_dataclass, MISSING
from typing import List, ClassVar

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list, compare=False)
    registry: ClassVar[int] = 0

    def __post_init__(self):
        self.sort_index = self.price * self.qty

a = Item("bolt", 0.5, 100)
b = Item("nut", 0.2, 300, ["small"])
print(a, b)
print(a < b, sorted([b, a]) == [a, b], a == Item("bolt", 0.5, 100, ["x"]))
print([f.name for f in fields(a)])
print([(f.name, f.init, f.repr, f.compare) for f in fields(Item)])
print(fields(Item)[4].default_factory is list, fields(Item)[3].default, fields(Item)[1].default is MISSING)
print(asdict(b), astuple(b))
print(replace(a, qty=3))
print(Item.__match_args__)
match b:
    case Item(name, price, qty):
        print("matched", name, price, qty)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Point(1, 2)), {p, Point(1, 2)} == {p})

@dataclass
class Order:
    id: int
    points: List[Point]
    meta: dict = field(default_factory=dict)

o = Order(7, [Point(1), Point(2, 3)], {"k": Point(0)})
print(asdict(o))
print(astuple(o))
print(is_dataclass(o), is_dataclass(Order), is_dataclass(3))

@dataclass
class Account:
    owner: str
    password: InitVar[str]
    _: KW_ONLY
    active: bool = True
    hashed: str = field(init=False)

    def __post_init__(self, password):
        self.hashed = password[::-1]

acc = Account("ann", "secret", active=False)
print(acc, [f.name for f in fields(acc)])
try:
    Account("x", "y", False)
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
