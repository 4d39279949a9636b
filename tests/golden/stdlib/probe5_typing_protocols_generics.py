from typing import Protocol, TypeVar, Generic, Iterator, Callable, ParamSpec, Concatenate, Optional, Union, get_type_hints, runtime_checkable, Any, overload, Literal, TypeAlias, Sequence, Mapping
import typing, functools
T = TypeVar('T')
S = TypeVar('S', bound='Comparable')
P = ParamSpec('P')
R = TypeVar('R')
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...
def biggest(xs: Sequence[S]) -> S:
    return max(xs)
print(biggest([3, 1, 2]), biggest('hello'))
def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print('call', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, b=2), get_type_hints(add))
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def map(self, f: 'Callable[[T], S]') -> 'Box[S]': return Box(f(self.v))
    def __repr__(self): return f'Box({self.v!r})'
print(Box(3).map(str).map(len), Box[int], Box[int](5), Box.__orig_bases__ if hasattr(Box, '__orig_bases__') else '')
class Pair(Generic[T, S]):
    pass
print(Pair[int, str], Pair[int, str].__args__, typing.get_args(Pair[int, str]))
try:
    Pair[int]
except TypeError as e:
    print('TypeError', e)
@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...
print([isinstance(x, SupportsLen) for x in ([], 'a', 1, {}, None)])
Vector: TypeAlias = list[float]
def scale(k: float, v: Vector) -> Vector: return [k * x for x in v]
print(scale(2, [1.0, 2.5]), get_type_hints(scale))
Mode = Literal['r', 'w']
def opn(m: Mode) -> None: pass
print(get_type_hints(opn), typing.get_args(Mode))
print(Callable[Concatenate[int, P], R], Callable[P, R][[int, str], bool], typing.Optional[Callable[[], None]])
print(Union[int, list[int], None], typing.List[typing.Tuple[int, str]], dict[str, list[int]], type[int], typing.Type[int])
print(typing.Iterator[int], typing.Generator[int, None, str], typing.Awaitable[int], typing.Coroutine[Any, Any, int], typing.AsyncIterator[str])
class Node(typing.NamedTuple):
    val: int
    children: 'list[Node]' = []
print(Node(1), get_type_hints(Node))
def f(x: 'UndefinedName') -> None: pass
try:
    get_type_hints(f)
except NameError as e:
    print('NameError', e)
print(typing.reveal_type(5) if False else '', typing.TypeGuard[int], typing.Required[int] if hasattr(typing, 'Required') else '', typing.LiteralString)
