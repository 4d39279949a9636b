# Dataclasses under `from __future__ import annotations`: ClassVar and InitVar are
# recognised from their text; get_type_hints evaluates the strings.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, Optional, List, get_type_hints
import typing


@dataclass
class A:
    x: int
    y: ClassVar[int] = 3
    z: InitVar[int] = 0
    w: typing.ClassVar[str] = 'w'
    v: Optional[List[int]] = None

    def __post_init__(self, z):
        self.zz = z


a = A(1, 5)
print(a, a.zz, [(f.name, f.type) for f in dataclasses.fields(A)], A.__doc__)
print(get_type_hints(A))
print(A.__dataclass_fields__['y']._field_type, A.__dataclass_fields__['z']._field_type)


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(compare=False)


cards = sorted([Card(3, 'h'), Card(1, 's'), Card(2, 'd')])
print(cards, {Card(1, 'x'), Card(1, 'y')}, Card.__dataclass_params__)


@dataclass
class Tree:
    value: int
    children: List[Tree] = field(default_factory=list)

    def total(self) -> int:
        return self.value + sum(c.total() for c in self.children)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t, t.total(), get_type_hints(Tree))
