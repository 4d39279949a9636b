import typing
from typing import List, Dict, Optional, Union, Callable, Tuple, Any, TypeVar, Generic, Annotated, ParamSpec, Literal, Sequence, Iterable, Type, Set, FrozenSet, NewType, ClassVar, Final
T = TypeVar("T")
U = TypeVar("U", bound=int)
V = TypeVar("V", int, str, covariant=False)
P = ParamSpec("P")
print(List[int], Dict[str, List[int]], Optional[List[str]], Union[int, None], Union[None, int, str])
print(Callable[..., int], Callable[[int, str], None], Callable[[], Any], Tuple[int, ...], Tuple[()])
print(T, U, V, P, U.__bound__, V.__constraints__, T.__name__)
print(Annotated[int, "meta"], Literal[1, "a", None], Type[int], Set[T], FrozenSet[str])
UserId = NewType("UserId", int)
print(UserId, UserId(5), type(UserId(5)))
print(Sequence[int], Iterable[T][int], Dict[str, T][float], ClassVar[int], Final[str])
print(Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, int], List["Foo"])
print(int | str, int | None | str, type(int | str), list[int] | None)
class Node(Generic[T]):
    pass
print(Node[int], Node[Node[str]], Node.__mro__)
print(typing.get_type_hints(lambda: None), repr(typing.Any), typing.NoReturn, typing.Never if hasattr(typing, "Never") else "")
def f(a: int, b: "str" = "x", *args: float, c: List[int] = None, **kw: Any) -> Optional[int]:
    pass
print(f.__annotations__)
print(typing.get_type_hints(f))
import inspect
print(inspect.signature(f))
print(inspect.signature(lambda x, /, y=2, *, z: 0))
print(str(inspect.signature(sorted)), inspect.signature(dict.get) if True else "")
class Pt(typing.NamedTuple):
    x: int
    y: float = 0.0
print(Pt(1), Pt.__annotations__, Pt._field_defaults)
class TD(typing.TypedDict, total=False):
    a: int
print(TD.__required_keys__, TD.__optional_keys__, TD(a=1))
print(typing.Self if hasattr(typing, "Self") else "", typing.LiteralString if hasattr(typing, "LiteralString") else "")
print(typing.get_args(Callable[[int], str]), typing.get_origin(Callable[[int], str]), typing.get_args(Annotated[int, "m"]))
print(typing.Optional[int] == typing.Union[int, None], List[int] == list[int], typing.List is list)
