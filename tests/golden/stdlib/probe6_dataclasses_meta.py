from dataclasses import dataclass, field, fields, InitVar, asdict, is_dataclass
from typing import ClassVar
import dataclasses

@dataclass
class Column:
    name: str = field(metadata={"sql": "VARCHAR(20)", "label": "Name"})
    age: int = field(default=0, metadata={"sql": "INT"})
    scale: InitVar[float] = 1.0
    table: ClassVar[str] = "people"

    def __post_init__(self, scale):
        self.age = int(self.age * scale)

c = Column("ann", 20, 1.5)
print(c, Column.table, [f.name for f in fields(c)])
for f in fields(Column):
    print(f.name, dict(f.metadata), type(f.metadata).__name__)
print(sorted(Column.__dataclass_fields__))
print(Column.__hash__ is None, Column.__eq__ is not object.__eq__)
print(c == ("ann", 30), c != Column("ann", 30), c == Column("ann", 20, 1.5))

@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
    parent: "Tree" = field(default=None, repr=False, compare=False)

root = Tree(1)
kid = Tree(2, parent=root)
root.children.append(kid)
print(root)
me = Tree(0)
me.children.append(me)
print(me)
print(asdict(Tree(5, [Tree(6)])))

@dataclass
class Base:
    a: int
    b: str = "b"

@dataclass
class Derived(Base):
    c: float = 0.0
    a: int = 100

print(Derived(), Derived(1, "x", 2.0), [f.name for f in fields(Derived)])
print(Derived.__match_args__, Derived.__init__.__annotations__ if False else "")
try:
    @dataclass
    class Weird:
        x: ClassVar[list] = []
        y: int = field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(frozen=True)
    class F(Base):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class O:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError:", e)
print(is_dataclass(Column), dataclasses.is_dataclass(c), repr(dataclasses.MISSING).split(" at ")[0], type(dataclasses.KW_ONLY).__name__)
