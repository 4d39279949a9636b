from typing import TypeVar, Generic, Optional, Union, Callable, Protocol, NamedTuple, TypedDict, Any, Iterator, Literal, Final, ClassVar, get_type_hints, runtime_checkable, cast, overload
from collections.abc import Sequence, Mapping

T = TypeVar("T")
K = TypeVar("K")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __len__(self):
        return len(self._items)

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), len(s))
print(Stack[int], Stack.__parameters__)

class Employee(NamedTuple):
    name: str
    id: int = 3
e = Employee("Guido")
print(e, e._fields, Employee.__annotations__)

class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, Movie.__required_keys__ == frozenset({"title", "year"}))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([1, 2]), first([]))
print(get_type_hints(first))
print(Optional[int], Union[int, str], Callable[[int], str], list[int], dict[str, list[int]])
print(int | None, Literal["a", "b"], tuple[int, ...])
print(cast(int, "x"))
def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
print(apply(lambda v: v * 2, 21), apply.__annotations__)
class Cfg:
    debug: ClassVar[bool] = False
    name: Final = "x"
print(Cfg.__annotations__)
print(list[int].__origin__, list[int].__args__, dict[str, int] == dict[str, int])
import typing
print(typing.get_origin(list[int]), typing.get_args(Union[int, str]))
print(isinstance([], Sequence), isinstance({}, Mapping), issubclass(dict, Mapping))
