# Type hints inspected at runtime
from typing import (Any, Callable, Dict, Generic, List, Literal, NamedTuple, Optional, Protocol,
                    Tuple, TypedDict, TypeVar, Union, get_args, get_origin, get_type_hints,
                    runtime_checkable, cast, overload, Final, ClassVar)

T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=int)
print(T, K.__constraints__, N.__bound__, T.__name__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(4)
print(s.pop(), Stack[int], Stack.__parameters__)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0

e = Employee("ann", salary=10)
print(e, e._fields, Employee.__annotations__)

class Movie(TypedDict, total=False):
    title: str
    year: int

m: Movie = {"title": "Up"}
print(m, Movie.__total__, sorted(Movie.__annotations__))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        pass

print(isinstance(File(), Closable), isinstance(3, Closable))

def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> List[str]:
    return [name] * times

print(get_type_hints(greet))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
print(get_origin(Union[int, str]), get_args(Optional[str]), Literal["a", "b"])
print(int | str, list[int], dict[str, tuple[int, ...]])
print(cast(int, "not really"), Any)

class Config:
    debug: ClassVar[bool] = False
    name: Final = "x"
    size: "int"

print(get_type_hints(Config))
print(Union[int, int], Union[int, Union[str, float]])
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
print(repr(List), repr(Dict[str, Any]))
