# dataclass: generated __init__/__repr__/__eq__, fields, defaults, InitVar, ClassVar,
# __post_init__, inheritance, match_args, __doc__.
from dataclasses import dataclass, field, fields, InitVar, is_dataclass, MISSING, Field
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__match_args__, Point.__doc__, Point.__hash__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__init__.__defaults__)
print([(f.name, f.type, f.default is MISSING, f.init, f.repr, f.hash, f.compare, f.kw_only)
       for f in fields(Point)])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int))
print(type(fields(p)[0]) is Field, fields(Point)[1].default, dict(fields(p)[0].metadata))


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    counter: ClassVar[int] = 0
    tags: dict = field(default_factory=dict, metadata={'unit': 'none'})


a = Inventory('a')
b = Inventory('a')
a.items.append('x')
print(a, b, a.items is b.items, a == b)
b.items.append('x')
b.secret = 'other'
print(a == b, Inventory.counter, [f.name for f in fields(Inventory)])
print(fields(Inventory)[3].metadata['unit'], len(fields(Inventory)[3].metadata))
print(Inventory.__doc__)


@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3, 2)
print(r, Rect(1, 1), [f.name for f in fields(Rect)], Rect.__match_args__)
print(Rect.__doc__)


@dataclass
class Base:
    x: int = 1
    y: str = 'base'


@dataclass
class Child(Base):
    z: float = 0.5
    x: int = 10


print(Child(), Child(2, 'c', 1.5), [f.name for f in fields(Child)])
print(Child() == Base(10, 'base'), Base() == Base())


@dataclass(repr=False, eq=False)
class Plain:
    v: int


q = Plain(1)
print(q == Plain(1), 'object at' in repr(q), Plain.__hash__ is object.__hash__)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root)


class Outer:
    @dataclass
    class Inner:
        a: int


print(Outer.Inner(5), Outer.Inner.__qualname__)


def shape(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return 'on x axis at %d' % x
        case Point(x=x, y=y):
            return 'point %d,%d' % (x, y)


print(shape(Point(0, 0)), shape(Point(4)), shape(Point(1, 2)))


@dataclass
class WithDefaults:
    a: int = 5
    b: tuple = (1, 2)
    c: frozenset = frozenset()


print(WithDefaults(), WithDefaults.a, WithDefaults.b)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, fields(Empty))
