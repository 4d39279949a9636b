# Modelling orders with dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
import dataclasses

@dataclass
class LineItem:
    sku: str
    qty: int = 1
    unit_price: float = 0.0

    @property
    def total(self):
        return self.qty * self.unit_price

@dataclass(order=True)
class Order:
    sort_index: int = field(init=False, repr=False)
    number: int
    customer: str
    items: list = field(default_factory=list)
    notes: str = field(default="", compare=False)

    def __post_init__(self):
        self.sort_index = self.number

o1 = Order(7, "ann", [LineItem("A1", 2, 1.5), LineItem("B2")])
o2 = Order(3, "bob")
print(o1)
print(o2 < o1, sorted([o1, o2])[0].customer, o1 == replace(o1, notes="rush"))
print(asdict(o1))
print(astuple(o2))
print([f.name for f in fields(Order)], [f.init for f in fields(Order)])
print(sum(i.total for i in o1.items))

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

p = Point(1.5)
print(p, hash(p) == hash(Point(1.5, 0.0)), {p: "origin-ish"}[Point(1.5)])
try:
    p.x = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Account:
    owner: str
    password: InitVar[str]
    _: KW_ONLY
    balance: int = 0
    hashed: str = field(init=False)

    def __post_init__(self, password):
        self.hashed = password[::-1]

a = Account("zoe", "secret", balance=10)
print(a, a.hashed)
try:
    Account("x", "y", 5)
except TypeError as e:
    print("TypeError:", e)

@dataclass(slots=True)
class Pixel:
    r: int
    g: int
    b: int

px = Pixel(1, 2, 3)
print(px, Pixel.__slots__, hasattr(px, "__dict__"))
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
print(dataclasses.is_dataclass(o1), dataclasses.is_dataclass(Order), dataclasses.is_dataclass(3))
Pair = dataclasses.make_dataclass("Pair", ["left", ("right", int, field(default=0))])
print(Pair("L"), Pair.__init__.__doc__ is None)
print(repr(field(default=1))[:30])
