# typing: NamedTuple (class syntax and functional), TypedDict, get_type_hints,
# get_origin/get_args, and memory behaviour of what they make.
import gc
import sys
from typing import (NamedTuple, TypedDict, get_type_hints, get_origin, get_args, List,
                    Dict, Optional, Union, ClassVar, Callable, Annotated, Literal, Tuple,
                    Generic, TypeVar, Any)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def total(self):
        return self.x + self.y


p = Point(1, 2)
print(p, Point(5), p.total(), p._fields, p._field_defaults, isinstance(p, tuple))
print(Point.__annotations__, p._asdict(), p._replace(y=9), Point._make([3, 4, 'q']))
print(Point.__mro__, Point.__name__, Point.__module__, p == (1, 2, 'p'), p[0], len(p))
x, y, label = p
print(x, y, label, Point.__doc__)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('ann', 3)
print(e, Employee.__annotations__, e.name, Employee._fields)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'b'), Kw._fields)

for src in ["""
class Bad(NamedTuple):
    x: int = 0
    y: int
""", """
class Bad(NamedTuple):
    a: int = 1
    b: int = 2
    c: int
""", """
class Bad(NamedTuple):
    x: int
    def _make(cls): pass
"""]:
    try:
        exec(src)
    except (TypeError, AttributeError) as err:
        print(type(err).__name__ + ':', err)


class Movie(TypedDict):
    name: str
    year: int


class Extended(Movie, total=False):
    rating: float


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(Extended.__annotations__, sorted(Extended.__required_keys__),
      sorted(Extended.__optional_keys__), Extended.__total__, Extended(name='x'))
M2 = TypedDict('M2', {'a': int, 'b': List[str]}, total=False)
print(M2(a=1), M2.__annotations__, sorted(M2.__optional_keys__), M2.__total__)
try:
    isinstance(m, Movie)
except TypeError as err:
    print('TypeError:', err)


class Config:
    name: str
    size: 'int'
    tags: List['str']
    maybe: Optional[Dict[str, int]] = None
    counter: ClassVar[int] = 0
    extra: Annotated[int, 'units']


class SubConfig(Config):
    depth: float


print(get_type_hints(Config))
print(get_type_hints(SubConfig))
print(get_type_hints(Config, include_extras=True)['extra'])
print(get_type_hints(Point), get_type_hints(Movie))

for tp in [List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str],
           Callable[..., str], Tuple[int, ...], Annotated[int, 'x'], Literal['a', 'b'],
           ClassVar[int], int, list[int], int | str, List, Generic, Any]:
    print(get_origin(tp), get_args(tp))

T = TypeVar('T')


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


print(get_origin(Box[int]), get_args(Box[int]))

gc.collect()


class Payload:
    def __del__(self):
        print('del payload')


pt = Point(Payload(), 1)
print(sys.getrefcount(pt), gc.is_tracked(pt))
del pt
print('after del pt')
mv = Movie(name=Payload(), year=1)
del mv
print('after del mv')
b = Box(Payload())
print(sys.getrefcount(b.item))
b = None
print('end')
