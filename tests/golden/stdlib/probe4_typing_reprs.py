import typing, collections.abc as cabc
from typing import *
T = TypeVar("T"); U = TypeVar("U", bound="int"); S = TypeVar("S", str, bytes); Co = TypeVar("Co", covariant=True); Contra = TypeVar("Contra", contravariant=True)
print(T, U, S, Co, Contra, U.__bound__, repr(U.__bound__), S.__constraints__, T.__covariant__, Co.__covariant__)
print(Optional[Callable[[int], str]], Union[Literal[1], Literal[2, 3]], Literal[Literal[1, 2], 3], Annotated[Annotated[int, 1], 2], Annotated[int, 1].__origin__)
print(Optional[Any], type[int] | None, list[int] | None, Union[List[int], None], int | list[str], Union[int, "str"], Optional["Foo"])
print(Dict[str, Callable[..., Awaitable[None]]], Tuple[int, str, float], Tuple[()], tuple[()], Type[T], Iterator[Tuple[K, V]] if False else Iterator[Tuple[T, S]])
print(get_args(Optional[int]), get_args(Union[int, str, None]), get_args(int | None), get_origin(Optional[int]), get_origin(List), get_origin(list[int]), get_args(Tuple[()]), get_args(tuple[int, ...]))
print(get_args(Callable[..., int]), get_args(Callable[[], int]), get_args(Annotated[int, "a", "b"]), get_origin(Literal[1]), get_origin(ClassVar[int]), get_origin(Generic), get_origin(Generic[T]))
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
class PairBox(Box[Tuple[T, S]]): pass
print(Box, Box[int], Box[List[T]], Box[List[T]][str], PairBox[int, str], PairBox.__parameters__, Box[int]().__class__ if False else '', Box[int](3).item, Box[int](3).__orig_class__)
print(Box.__mro__, PairBox.__orig_bases__, Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]))
class Proto(Protocol[T]):
    def meth(self) -> T: ...
print(Proto[int], Proto.__parameters__, Protocol, Generic, Generic[T])
print(List, Dict, typing.Callable, typing.Type, typing.Iterable, typing.Pattern, typing.Match, typing.Counter[str], typing.OrderedDict[str, int], typing.ChainMap, typing.DefaultDict[str, list])
print(repr(typing.NoReturn), typing.Literal, typing.Union, typing.Optional, typing.Final, typing.ClassVar, typing.Annotated, typing.Concatenate, typing.TypeGuard[int], typing.TypeAlias)
print(typing.ForwardRef("X"), typing.ForwardRef("X") == typing.ForwardRef("X"), List["X"], List["X"].__args__[0].__forward_arg__)
Alias = Union[int, str]
def f(a: Alias, b: "List[Alias]", c: Optional[int] = None) -> "Box[int]": ...
print(get_type_hints(f))
print(get_type_hints(Box.get), get_type_hints(Box.__init__))
try:
    get_type_hints(lambda x: 0) ; print("ok lambda")
    def g(x: "Undefined"): ...
    get_type_hints(g)
except NameError as e:
    print("NameError", e)
try:
    List[int, str]
except TypeError as e:
    print(e)
try:
    Dict[int]
except TypeError as e:
    print(e)
try:
    Callable[int]
except TypeError as e:
    print(e)
try:
    Callable[int, str]
except TypeError as e:
    print(e)
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
try:
    Literal[1]()
except TypeError as e:
    print(e)
try:
    Union()
except TypeError as e:
    print(e)
try:
    class C(Union[int, str]): pass
except TypeError as e:
    print(e)
try:
    ClassVar[int, str]
except TypeError as e:
    print(e)
try:
    Generic[T, T]
except TypeError as e:
    print(e)
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(1, Hashable), isinstance(iter([]), Iterator), issubclass(Box, Generic))
from typing import *
print(Literal[1, True, 1.0, 1], Literal[0, False], Union[Literal[1], Literal[True]], Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1], hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Literal[Literal[1, 2], 3], Literal[Literal["a"], "a", "b"], Optional[Literal["x"]])
for base in [Union, Union[int, str], ClassVar[int], Literal[1], Optional[int], Final[int]]:
    try:
        class C(base): pass
    except TypeError as e: print(e)
class D(Annotated[int, "meta"]): pass
print(D.__mro__)
