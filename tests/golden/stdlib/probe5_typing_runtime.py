import typing
from typing import *
T = TypeVar('T'); U = TypeVar('U', covariant=True); V = TypeVar('V', contravariant=True)
print(repr(T), repr(U), repr(V), T.__name__, U.__covariant__, V.__contravariant__)
try:
    TypeVar('X', int)
except TypeError as e:
    print('TypeError', e)
try:
    TypeVar('X', covariant=True, contravariant=True)
except ValueError as e:
    print('ValueError', e)
print(List[T][int], Dict[T, U][str, int], Callable[[T], U][int, str], Optional[T][int], Union[T, int][str], Tuple[T, ...][float])
try:
    List[int][str]
except TypeError as e:
    print('TypeError', e)
class G(Generic[T, U]): pass
class H(G[int, U]): pass
print(H.__parameters__, H[str].__args__, G.__parameters__, H.__orig_bases__, typing.get_origin(H[str]) is H)
try:
    class Bad(Generic[T], Generic[U]): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(Generic[T, T]): pass
except TypeError as e:
    print('TypeError', e)
print(Union[int, Union[str, float]], Union[int, Optional[str]], Optional[Optional[int]], Union[int, None] == Optional[int], Union[List[int], List[int]])
print(Literal[1, 'a', True, None], Literal[Literal[1, 2], 3], Final[int], ClassVar[List[int]], Annotated[Annotated[int, 'a'], 'b'])
try:
    Literal[1.5] and Literal[[1]]
except TypeError as e:
    print('TypeError', e)
try:
    Optional[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    Final[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    ClassVar[1]
except TypeError as e:
    print('TypeError', e)
try:
    Annotated[int]
except TypeError as e:
    print('TypeError', e)
class TD(TypedDict):
    a: int
    b: NotRequired[str]
class TD2(TD, total=False):
    c: Required[float]
    d: bool
print(TD.__required_keys__, TD.__optional_keys__, sorted(TD2.__required_keys__), sorted(TD2.__optional_keys__), TD2.__total__, TD(a=1), type(TD(a=1)))
TDf = TypedDict('TDf', {'x': int, 'y-z': str})
print(TDf.__annotations__, TDf(x=1))
try:
    isinstance({}, TD)
except TypeError as e:
    print('TypeError', e)
NT = NamedTuple('NT', [('a', int), ('b', str)])
print(NT(1, 'x'), NT.__annotations__, NT._fields)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print('TypeError', e)
try:
    class BadNT2(NamedTuple):
        _a: int
except ValueError as e:
    print('ValueError', e)
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int][[str, float]], Generic[P] if False else '')
print(get_type_hints(lambda: None), typing.get_args(int), typing.get_origin(int), typing.get_origin(Generic), typing.get_origin(Literal[1]), typing.get_args(Literal[1, 2]))
def f(x: 'List[int]', y: 'Optional[Dict[str, T]]' = None) -> 'Tuple[int, ...]': pass
print(get_type_hints(f))
def g(x: Annotated[int, 'meta']) -> None: pass
print(get_type_hints(g), get_type_hints(g, include_extras=True))
print(typing.is_typeddict(TD), typing.is_typeddict(dict), typing.Text is str, typing.AnyStr, typing.Hashable, typing.Sized)
@typing.final
class Fin: pass
@typing.no_type_check
def ntc(x: int) -> str: pass
print(getattr(Fin, '__final__', None), ntc.__no_type_check__, typing.get_type_hints(ntc))
print(typing.dataclass_transform()(lambda: 1).__dataclass_transform__ if hasattr(typing, 'dataclass_transform') else '')
print(reveal_type(5) if False else '', typing.assert_type(5, int), typing.get_overloads(f) if hasattr(typing, 'get_overloads') else '', typing.Never, typing.Self, typing.LiteralString, typing.Unpack[typing.TypeVarTuple('Ts')])
class Proto(Protocol):
    x: int
    def meth(self) -> int: ...
try:
    Proto()
except TypeError as e:
    print('TypeError', e)
print(issubclass(list, typing.Iterable), isinstance(5, typing.Hashable), typing.SupportsInt, isinstance(5.0, typing.SupportsInt), isinstance('x', typing.SupportsAbs))
