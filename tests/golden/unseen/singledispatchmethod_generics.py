from functools import singledispatchmethod, singledispatch
from typing import TypeVar, Generic

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"<{arg}>"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register
    def _(self, arg: list):
        return "[" + ", ".join(self.fmt(a) for a in arg) + "]"
    @fmt.register(float)
    def _(self, arg):
        return f"float:{arg:.1f}"

f = Formatter()
print(f.fmt(3), f.fmt(2.5), f.fmt([1, 2.0, "s"]), f.fmt(None))

class Shape:
    @singledispatchmethod
    @classmethod
    def build(cls, x):
        raise NotImplementedError(type(x).__name__)
    @build.register
    @classmethod
    def _(cls, x: str):
        return f"{cls.__name__} from str {x}"
print(Shape.build("sq"))
try:
    Shape.build(3)
except NotImplementedError as e:
    print("NotImplementedError", e)

T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def map(self, fn):
        return Box(fn(self.item))
    def __repr__(self):
        return f"Box({self.item!r})"
print(Box(3).map(str).map(lambda s: s * 3))
def total(xs: list[int]) -> int:
    return sum(xs)
def lookup(d: dict[str, tuple[int, ...]], k: str) -> tuple[int, ...] | None:
    return d.get(k)
print(total([1, 2]), lookup({"a": (1, 2)}, "a"), lookup.__annotations__)
alias = list[dict[str, int]]
print(alias, alias.__origin__, alias.__args__, alias())
print(isinstance([], list), type(list[int]).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
@singledispatch
def area(shape):
    raise TypeError("unknown")
@area.register
def _(shape: tuple):
    w, h = shape
    return w * h
@area.register(int | float)
def _(shape):
    return shape * shape
print(area((2, 3)), area(4), area(1.5))
print(area.registry.keys() >= {object, tuple})
print(area.dispatch(bool).__name__)
