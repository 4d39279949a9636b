from dataclasses import dataclass, field, InitVar, KW_ONLY, replace, asdict, astuple, fields, FrozenInstanceError, is_dataclass, make_dataclass
import dataclasses
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
    tags: list = field(default_factory=list)
print(Derived(1), Derived(1, 2, 3, ['a']), fields(Derived)[3].name, fields(Derived)[3].default_factory)
try:
    @dataclass
    class Bad(Base):
        w: int
except TypeError as e:
    print(e)
@dataclass
class C:
    a: int
    b: InitVar[int] = 10
    c: int = field(init=False)
    def __post_init__(self, b):
        self.c = self.a * b
print(C(2), C(2, 3), [f.name for f in fields(C)], [f.init for f in fields(C)])
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: str = 'c'
print(K(1, b=2), K(1))
try:
    K(1, 2)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
@dataclass(frozen=True, order=True)
class Pt:
    x: float
    y: float = 0.0
p = Pt(1.0, 2.0)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except FrozenInstanceError as e:
    print(e)
print(replace(p, y=9), p < Pt(1.0, 3.0), sorted([Pt(2), Pt(1, 5)]), hash(p) == hash(Pt(1.0, 2.0)))
try:
    replace(p, z=1)
except TypeError as e:
    print(e)
try:
    replace(C(1), c=3)
except ValueError as e:
    print(e)
print(asdict(Derived(1, tags=[Base(2)])), astuple(Derived(1)), is_dataclass(p), is_dataclass(Pt))
@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand
item = Inventory("widget", 3.0, 10); print(item, item.total_cost(), item == Inventory("widget", 3.0, 10))
try:
    @dataclass
    class M:
        items: list = []
except ValueError as e:
    print(e)
@dataclass(eq=False)
class NE:
    a: int = 1
print(NE() == NE(), NE.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(1)) == hash((1,)))
@dataclass
class WithRepr:
    a: int
    secret: str = field(repr=False, default='s')
    cmp: int = field(compare=False, default=0)
print(WithRepr(1), WithRepr(1, cmp=5) == WithRepr(1), fields(WithRepr)[1].repr)
Pos = make_dataclass('Pos', [('x', int), ('y', int, field(default=0))], namespace={'norm': lambda self: abs(self.x) + abs(self.y)})
print(Pos(3, -4), Pos(3, -4).norm(), Pos.__module__ if False else '')
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
print(S(1), S.__slots__, hasattr(S(1), '__dict__'))
try:
    Derived()
except TypeError as e:
    print(e)
print(type(dataclasses.MISSING).__name__, repr(field(default=1))[:30])
@dataclass(match_args=True)
class MA:
    x: int
    y: int
match MA(1, 2):
    case MA(a, b):
        print("matched", a, b)
print(MA.__match_args__, K.__match_args__)

from dataclasses import dataclass, field, fields, asdict, replace, InitVar, KW_ONLY
import dataclasses, typing, pprint
from typing import ClassVar, Optional, List
@dataclass
class Person:
    name: str
    age: int
    email: Optional[str] = None
    friends: List["Person"] = field(default_factory=list)
    count: ClassVar[int] = 0
    def __post_init__(self):
        Person.count += 1
        if self.age < 0:
            raise ValueError("age must be non-negative")
a = Person("Ann", 30); b = Person("Bob", 25, friends=[a])
print(b, Person.count, [f.name for f in fields(Person)], asdict(b))
try:
    Person("X", -1)
except ValueError as e:
    print(e)
pprint.pprint(b, width=40)
pprint.pprint([Person("Zed", 1)] * 2, width=60)
@dataclass
class Base:
    x: int = 0
    y: int = field(default=1, metadata={"unit": "m"})
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), [f.name for f in fields(Child)], fields(Base)[1].metadata, fields(Base)[1].metadata["unit"])
@dataclass
class Point3:
    x: float
    y: float
    init_scale: InitVar[float] = 1.0
    _: KW_ONLY
    label: str = ""
    def __post_init__(self, init_scale):
        self.x *= init_scale; self.y *= init_scale
p = Point3(1, 2, 3, label="p"); print(p, replace(p, x=5, init_scale=2), dataclasses.astuple(p))
try:
    replace(p, x=5)
except ValueError as e:
    print(e)
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self): return f"{self.major}.{self.minor}.{self.patch}"
vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]); print(vs, [str(v) for v in vs], max(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class Frozen:
    items: tuple = ()
    def with_item(self, i): return replace(self, items=self.items + (i,))
f = Frozen().with_item(1).with_item(2); print(f, hash(f) == hash(Frozen((1, 2))), {f: 1})
try:
    f.items = ()
except dataclasses.FrozenInstanceError as e:
    print(repr(e))
try:
    @dataclass
    class Mixed(Frozen):
        a: int = 0
except TypeError as e:
    print(e)
@dataclass
class Repr:
    a: int
    b: "list[int]" = field(default_factory=lambda: [1])
    def __repr__(self): return "custom"
print(Repr(1), Repr.__eq__ is not object.__eq__, dataclasses.fields(Repr)[1].type)
@dataclass
class Empty: pass
print(Empty(), Empty() == Empty(), asdict(Empty()))
print(dataclasses.is_dataclass(Empty), dataclasses.is_dataclass(Empty()), dataclasses.is_dataclass(int))
try:
    asdict(Empty)
except TypeError as e:
    print(e)
try:
    fields(1)
except TypeError as e:
    print(e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list, repr=False)
    parent: "Node | None" = field(default=None, compare=False, repr=False)
root = Node(1); ch = Node(2, parent=root); root.children.append(ch); print(root, ch == Node(2), typing.get_type_hints(Node)["parent"])
print(dataclasses.make_dataclass("P", ["a", ("b", int, 3)], frozen=True)(1))
print(Person.__init__.__doc__ if False else '', Person.__doc__, Version.__match_args__)
print(inspect_sig := __import__("inspect").signature(Point3))
@dataclass
class Inv:
    n: int
    def __post_init__(self): self.double = self.n * 2
print(Inv(3), Inv(3).double, vars(Inv(3)))
try:
    Person()
except TypeError as e:
    print(e)
try:
    Person("a", 1, None, [], 5)
except TypeError as e:
    print(e)
try:
    Person("a", 1, nope=3)
except TypeError as e:
    print(e)
