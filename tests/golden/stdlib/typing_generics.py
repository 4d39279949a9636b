# typing: TypeVar, Generic classes, Protocol and runtime_checkable, NewType, overload, cast.
from typing import (TypeVar, Generic, Protocol, runtime_checkable, NewType, overload, cast,
                    List, Iterator, Optional, TYPE_CHECKING, SupportsInt, SupportsFloat,
                    SupportsAbs, final, Any, Mapping, get_overloads)

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', int, str)
C = TypeVar('C', covariant=True)
D = TypeVar('D', contravariant=True)
print(T, K, S, C, D, T.__name__, K.__bound__, S.__constraints__, T.__bound__,
      C.__covariant__, D.__contravariant__, T.__constraints__)
for args, kwargs in [(('X', int), {}), (('X',), {'covariant': True, 'contravariant': True}),
                     (('X', int, str), {'bound': int})]:
    try:
        TypeVar(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int], Stack.__parameters__, Stack.__orig_bases__,
      Stack.__mro__, type(s).__name__, s.__orig_class__)


class Pair(Generic[K, S]):
    def __init__(self, a, b):
        self.a, self.b = a, b


print(Pair[int, str], Pair.__parameters__, Pair[int, str](1, 'x').b)


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__, IntStack.__parameters__, IntStack.__orig_bases__, IntStack().items)


class MyList(List[T]):
    pass


print(MyList.__mro__, MyList[int], MyList([1, 2]))


class Registry(Mapping[str, int]):
    def __getitem__(self, k):
        return 1

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


print(Registry.__mro__[1:3], dict(Registry()))

for expr in ['Stack[int, str]', 'Generic[int]', 'Generic[T, T]', 'Generic[()]']:
    try:
        print(eval(expr))
    except TypeError as e:
        print('TypeError:', e)


class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class File:
    def close(self):
        pass


class Person:
    name = 'p'

    def greet(self):
        return 'hi'


class Nameless:
    def greet(self):
        return 'hi'


print(isinstance([], Sized2), isinstance(1, Sized2), isinstance(Person(), Named),
      isinstance(Nameless(), Named))
try:
    isinstance(File(), Closable)
except TypeError as e:
    print('TypeError:', e)
try:
    Closable()
except TypeError as e:
    print('TypeError:', e)
try:
    runtime_checkable(File)
except TypeError as e:
    print('TypeError:', e)


class Impl(Closable):
    def close(self):
        return 'closed'


print(Impl().close(), Closable._is_protocol,
      Impl._is_protocol)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat),
      isinstance(-1, SupportsAbs), SupportsInt)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, type(UserId(5)))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'), len(get_overloads(double)))


@overload
def lonely(x: int) -> int: ...


try:
    lonely(1)
except NotImplementedError as e:
    print('NotImplementedError:', e)

print(cast(int, 'not an int'), cast('List[int]', [1]), TYPE_CHECKING)
if TYPE_CHECKING:
    print('never')


@final
class Leaf:
    @final
    def method(self):
        pass


print(Leaf.__final__, Leaf.method.__final__)
