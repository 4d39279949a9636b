# typing at runtime
from typing import (Any, Callable, Dict, Generic, List, Literal, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, get_type_hints,
                    get_origin, get_args, runtime_checkable, Final, ClassVar, cast, overload)

T = TypeVar("T")
K = TypeVar("K", bound=str)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1)
print(s.pop(), Stack[int], Stack.__parameters__, T, K.__bound__)

def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> str:
    return name * times
print(get_type_hints(greet))
print(greet.__annotations__)
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], int | str)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[int]))
print(Literal["a", "b"], get_args(Literal["a", 1]))

class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p._fields, Point.__annotations__, p._field_defaults)

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Heat"}
print(m, Movie.__required_keys__, Movie.__optional_keys__, type(m))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
print(cast(int, "x"), Any, ClassVar[int], Final[int])

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3))
class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair[str, int].__origin__ is Pair, Pair.__mro__[1:])
print(repr(List), repr(Callable[..., int]), list[int], dict[str, int] == dict[str, int], type(list[int]))
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
def g(a: "Stack[int]") -> "int": ...
print(get_type_hints(g))
