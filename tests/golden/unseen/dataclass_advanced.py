import dataclasses
from dataclasses import dataclass, field, make_dataclass, is_dataclass
import pprint

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(compare=False, hash=False, default="x")

@dataclass(eq=False)
class NoEq:
    v: int

@dataclass
class Tree:
    name: str
    children: list["Tree"] = field(default_factory=list)

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "USD"
    def __add__(self, o):
        return dataclasses.replace(self, amount=self.amount + o.amount)

print(Key(1, "y") == Key(1, "z"), hash(Key(1)) == hash(Key(1, "q")))
print(NoEq(1) == NoEq(1))
t = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
print(t)
pprint.pprint(t, width=40)
print(dataclasses.asdict(t))
print(Money(5) + Money(7), Money(1).__hash__ is not None)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mut:
        x: list = []
except ValueError as e:
    print(e)
P = make_dataclass("P", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
print(P(3, -4), P(3, -4).norm(), is_dataclass(P), is_dataclass(P(1)))
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
    x: int = 5
print(Derived(), [f.name for f in dataclasses.fields(Derived)])
@dataclass(order=True)
class Card:
    sort_index: int = field(init=False, repr=False)
    rank: str
    suit: str
    def __post_init__(self):
        self.sort_index = "23456789TJQKA".index(self.rank)
print(sorted([Card("K", "h"), Card("2", "s"), Card("T", "d")]))
print(Card.__match_args__)
match Card("A", "s"):
    case Card(rank="A", suit=s):
        print("ace of", s)
@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    v: int = 1
print(WithClassVar(), dataclasses.fields(WithClassVar)[0].name)
print(repr(dataclasses.field(default=1))[:30])
print(Derived.__eq__(Derived(), Base()), Derived() == Derived())
