from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, NamedTuple, TypedDict, Protocol,
                    runtime_checkable, get_type_hints, Literal, Final, ClassVar, cast, overload, get_origin, get_args, Iterable, Sequence, Annotated, NewType, Self, NoReturn, Never, assert_never, TYPE_CHECKING)
import typing
T = TypeVar('T'); K = TypeVar('K', bound=str); N = TypeVar('N', int, float)
print(T, K.__bound__, N.__constraints__, repr(Optional[int]), Union[int, str, int], Union[int], Optional[Union[int, None]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any], Literal['a', 1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_args(Annotated[int, 'meta']), get_origin(int | str))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int](); s.push(1); print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def label(self) -> str:
        return f'{self.name}#{self.id}'
e = Emp('ann'); print(e, e.label(), Emp._fields, Emp.__annotations__, Emp._field_defaults)
class Movie(TypedDict, total=False):
    title: str
    year: int
class Movie2(TypedDict):
    title: str
m: Movie = {'title': 'x'}; print(m, Movie.__required_keys__, Movie.__optional_keys__, Movie2.__required_keys__, Movie2(title='t'))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
class NotRC(Protocol):
    def x(self): ...
try:
    isinstance(F(), NotRC)
except TypeError as e:
    print('TypeError', e)
def f(a: int, b: 'str' = 'x', *, c: Optional[List['Emp']] = None) -> Dict[str, int]: ...
print(get_type_hints(f))
print(f.__annotations__)
class A:
    x: ClassVar[int] = 1
    y: Final = 2
    z: 'A'
print(get_type_hints(A))
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, 'not an int'), cast('List[int]', 1))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3))
try:
    Union[()]
except TypeError as e:
    print('TypeError', e)
try:
    Generic[int]
except TypeError as e:
    print('TypeError', e)
try:
    Stack[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    List[int]()
except TypeError as e:
    print('TypeError', e)
print(Annotated[int, 'a', 1], Literal[1, 2] == Literal[2, 1], Union[int, str] == Union[str, int], int | None, list[int] | None)
print(isinstance([], typing.Sequence), issubclass(dict, typing.Mapping), TYPE_CHECKING, typing.Any, typing.NoReturn)
try:
    assert_never(1)
except AssertionError as e:
    print('AssertionError', e)
print(typing.get_type_hints(Emp), Optional[int].__args__, typing.ParamSpec('P'), typing.TypeVarTuple('Ts'))
