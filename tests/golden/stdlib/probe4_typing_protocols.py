from __future__ import annotations
import typing
from typing import Protocol, runtime_checkable, TypeVar, Generic, Iterator, Iterable, Optional, Union, Any, get_type_hints, NamedTuple, TypedDict, Literal, overload, Final, ClassVar, Callable, Sequence, Mapping
T = TypeVar("T")
KT = TypeVar("KT"); VT = TypeVar("VT")
@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class Drawable(Protocol):
    color: str
    def draw(self) -> None: ...
class Circle:
    color = "red"
    def draw(self) -> None: print("circle")
class Blob:
    def draw(self): pass
print(isinstance([], SupportsLen), isinstance(3, SupportsLen), isinstance(Circle(), Drawable), isinstance(Blob(), Drawable), issubclass(list, SupportsLen))
try:
    issubclass(Circle, Drawable)
except TypeError as e:
    print(e)
try:
    Drawable()
except TypeError as e:
    print(e)
class Pair(Generic[KT, VT]):
    def __init__(self, k: KT, v: VT) -> None:
        self.k, self.v = k, v
    def swap(self) -> Pair[VT, KT]:
        return Pair(self.v, self.k)
class IntPair(Pair[int, VT]): pass
print(Pair[str, int], IntPair[str], IntPair.__orig_bases__, IntPair.__parameters__, Pair.__parameters__, Pair[str, T][int])
print(get_type_hints(Pair.swap), get_type_hints(Pair.__init__))
class Config:
    name: str
    retries: int = 3
    tags: list[str]
    mode: Literal["a", "b"] = "a"
    cb: Optional[Callable[[int], str]] = None
    MAX: ClassVar[int] = 5
    KEY: Final = "k"
print(get_type_hints(Config))
print(Config.__annotations__)
class Sub(Config):
    extra: dict[str, int]
print(list(get_type_hints(Sub)))
class Row(NamedTuple):
    id: int
    name: str = "?"
    score: float = 0.0
r = Row(1); print(r, r._fields, Row._field_defaults, r._make([2, "b", 1.5]), Row.__annotations__, get_type_hints(Row))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print(e)
class Point(TypedDict):
    x: int
    y: int
class Point3(Point, total=False):
    z: int
print(Point3.__required_keys__ == {"x", "y"}, Point3.__optional_keys__, get_type_hints(Point3), Point3(x=1, y=2), type(Point3(x=1, y=2)))
try:
    class E(TypedDict, metaclass=type): pass
except TypeError as e:
    print("TypeError")
@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x): return x
try:
    parse.__wrapped__
except AttributeError:
    print("no wrapped")
print(typing.get_overloads(parse) != [], Union[int, Union[str, bytes]], Optional[Optional[int]], Union[int, Any], Iterator[int], Mapping[str, Sequence[int]])
def first(xs: Iterable[T]) -> T: return next(iter(xs))
print(get_type_hints(first), first([9]), typing.get_origin(Iterable[int]) is __import__("collections.abc").abc.Iterable)
print(repr(T), T.__covariant__, TypeVar("U", bound="Circle").__bound__, typing.AnyStr, typing.Text, typing.TYPE_CHECKING)
try:
    TypeVar("X", int)
except TypeError as e:
    print(e)
try:
    Pair[int]
except TypeError as e:
    print(e)
try:
    Optional[int, str]
except TypeError as e:
    print(e)
try:
    Union[int, 3]
except TypeError as e:
    print(e)
try:
    Literal[1][2]
except TypeError as e:
    print(e)
print(typing.no_type_check(first) is first, typing.final(Circle) is Circle, typing.dataclass_transform if False else '', typing.is_typeddict(Point), typing.is_typeddict(dict))
Vector = list[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(get_type_hints(scale), scale(2.0, [1.0]))
print(typing.Annotated[list[int], "x"].__metadata__, typing.Annotated[int, 1][()] if False else '', get_type_hints(scale, include_extras=True))
