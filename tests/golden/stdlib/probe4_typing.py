from typing import (get_type_hints, Annotated, Literal, Protocol, runtime_checkable, TypedDict, NamedTuple,
    Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Any, get_origin, get_args, Final, ClassVar,
    Sequence, Iterable, Mapping, NewType, cast, overload, Self, Never, LiteralString, Required, NotRequired, TYPE_CHECKING)
import typing
T = TypeVar('T'); K = TypeVar('K', bound=str); N = TypeVar('N', int, float, covariant=False)
print(T, K, N, T.__name__, K.__bound__, N.__constraints__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
print(Stack[int], Stack[int]().__class__, Stack.__parameters__, Stack[int].__origin__)
def f(a: int, b: "str" = "x", *c: float, d: Optional[int] = None, **e: Annotated[int, "meta"]) -> List[int]: ...
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)['e'])
print(Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any])
print(list[int], dict[str, int], int | str, int | None, type(int | str).__name__)
print(Literal['a', 1], Literal[True], Annotated[int, 'x', 5], Final[int], ClassVar[list[int]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_args(Callable[[int], str]), get_origin(int | str), get_args(Literal[1, 2]))
print(Literal[1, 2] == Literal[2, 1], Union[int, str] == Union[str, int], Union[int, int], Optional[Union[int, str]])
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Res:
    def close(self): pass
print(isinstance(Res(), Closable), isinstance(1, Closable))
class NotRT(Protocol):
    x: int
try:
    isinstance(1, NotRT)
except TypeError as e:
    print(e)
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
class Mix(Movie, Partial):
    extra: NotRequired[str]
m: Movie = {'title': 'x', 'year': 1}
print(m, sorted(Movie.__required_keys__), Partial.__optional_keys__, sorted(Mix.__required_keys__), sorted(Mix.__optional_keys__), Movie.__total__, Partial.__total__)
print(Movie(title='a', year=2), get_type_hints(Movie))
Alt = TypedDict('Alt', {'a': int, 'from': str}, total=False); print(Alt.__optional_keys__ == {'a', 'from'})
class Employee(NamedTuple):
    name: str
    id: int = 3
    def describe(self) -> str:
        return f"{self.name}#{self.id}"
e = Employee('Guido'); print(e, e.describe(), e._asdict(), Employee._fields, Employee._field_defaults, Employee.__annotations__, e._replace(id=9))
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__supertype__, repr(UserId))
print(cast(int, "x"), cast('int', 1), TYPE_CHECKING)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3))
print(Sequence[int], Iterable[str], Mapping[str, int], typing.Type[int], type[int], typing.Set[int], typing.FrozenSet[int])
print(repr(Any), repr(Self), repr(Never), repr(LiteralString), Required[int], typing.Unpack if hasattr(typing,'Unpack') else '')
try:
    Union[()]
except TypeError as e:
    print(e)
try:
    Generic[int]
except TypeError as e:
    print(e)
try:
    Stack[int, str]
except TypeError as e:
    print(e)
P = typing.ParamSpec('P'); print(P, P.args, P.kwargs, Callable[P, int], typing.Concatenate[int, P])
Ts = typing.TypeVarTuple('Ts'); print(Ts, tuple[int, *Ts] if False else '', typing.Unpack[Ts])
class Node:
    next: "Node | None"
    val: int
print(get_type_hints(Node))
def h(x: list["int"]) -> "Dict[str, int]": ...
print(get_type_hints(h))
print(typing.assert_type(1, int), typing.reveal_type if False else '', typing.get_overloads(g)[0].__name__ if hasattr(typing,'get_overloads') else '')

# ParamSpec, TypeVarTuple, forward references inside builtin generics
import typing, types
from typing import *
P = ParamSpec('P'); Ts = TypeVarTuple('Ts'); T = TypeVar('T')
print(Callable[P, int], Callable[Concatenate[int, P], int], get_args(Callable[P, int]), get_args(Callable[Concatenate[int, P], int]))
print(Unpack[Ts], Unpack[Tuple[int, str]], tuple[int, *Ts], Tuple[int, *Ts], get_args(tuple[int, *Ts]))
class G(Generic[P]): pass
print(G[[int, str]], G[int, str], G[...])
class V(Generic[*Ts]): pass
print(V[int, str], V[()])
def h(x: list["int"], y: "int | None", z: dict[str, "list[int]"]) -> "tuple[int, ...]": ...
print(get_type_hints(h))
print(Callable[[int], str].__args__, Callable[..., int].__args__, Callable[[], int])
print(get_origin(Unpack[Ts]), get_args(Unpack[Ts]), Callable[P, T][[int], str])

from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs, Sized
import collections.abc as cabc
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class NR(Protocol):
    def close(self): ...
class F:
    def close(self): pass
class G:
    close = None
print(issubclass(F, Closer), issubclass(G, Closer), issubclass(int, Closer), isinstance(F(), Closer), isinstance(G(), Closer))
print(issubclass(int, SupportsInt), issubclass(str, SupportsInt), isinstance(3.5, SupportsAbs), issubclass(F, cabc.Sized))
class Impl(Closer):
    def close(self): return 1
print(issubclass(Impl, Closer), isinstance(Impl(), Closer))
for args in [(F, NR), (3, Closer)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(e)
try:
    isinstance(F(), NR)
except TypeError as e:
    print(e)
@runtime_checkable
class SizedP(Protocol):
    def __len__(self): ...
print(issubclass(list, SizedP), issubclass(int, SizedP), isinstance({}, SizedP), issubclass(list, cabc.Sized), issubclass(int, cabc.Hashable))

