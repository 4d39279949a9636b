# typing: subscriptions repr as CPython's, compare and hash as CPython's; errors.
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type,
                    Literal, Final, ClassVar, Annotated, TypeVar, NoReturn, Deque,
                    DefaultDict, Counter, OrderedDict, Awaitable, AsyncIterator)

T = TypeVar('T')
print(Optional[int], Union[int, str], Union[int], Union[int, None], Union[None, int])
print(Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, str, int])
print(List[int], Dict[str, int], Set[int], FrozenSet[int], Tuple[int, ...], Tuple[()],
      Tuple[int, str])
print(Tuple, List, Dict, Callable, Any, NoReturn, Union, Optional, Literal, ClassVar)
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[T], Generator[int, None, None], Sequence[str],
      Mapping[str, int], MutableMapping[str, List[int]], Type[int])
print(Literal['a', 1, None], Final[int], ClassVar[List[int]], Annotated[int, 'meta', 2])
print(Deque[int], DefaultDict[str, int], Counter[str], OrderedDict[str, int],
      Awaitable[int], AsyncIterator[str])
print(Dict[str, List[int]], Optional[List[int]], Union[List[int], Dict[str, int], None])
print(List['Node'], Optional['Node'])
print(List[T][int], Dict[T, int][str], Callable[[T], T][int], Tuple[T, ...][str])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int],
      List[int] == List[int], List[int] == List[str], List[int] == list[int],
      Optional[int] == (int | None))
print(hash(List[int]) == hash(List[int]), hash(Union[int, str]) == hash(Union[str, int]),
      len({List[int], List[int], Dict[str, int]}))
print(List[int].__origin__, List.__origin__, Union[int, str].__args__, Dict[str, int].__args__,
      List[T].__parameters__, Callable[[int], str].__args__)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence),
      isinstance((x for x in []), Iterator), isinstance(1, Union[int, str]))
print(int | None, list[int], dict[str, list[int]], type(None) | int)
print(typing.Text, typing.AnyStr, typing.Hashable, typing.Sized)

for expr in ['Union[()]', 'Optional[int, str]', 'List[int, str]', 'Dict[int]',
             'Callable[int, str]', 'Callable[[int]]', 'Union[1]', 'isinstance([], List[int])',
             'T()', 'Any()', 'isinstance(1, Any)', 'ClassVar[int, str]', 'List[int]()',
             'Literal[1]()', 'Union[int, 1]', 'List[ClassVar[int]]', 'List[Union]']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(Dict[str, int] is not Dict)
