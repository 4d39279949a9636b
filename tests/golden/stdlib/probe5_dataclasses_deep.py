from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
import dataclasses
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
@dataclass
class Inner:
    x: int
    tags: list = field(default_factory=list)
@dataclass(order=True)
class Outer:
    name: str
    inner: Inner
    items: list = field(default_factory=list, compare=False)
    secret: str = field(default='s', repr=False)
o = Outer('n', Inner(1, ['a']), [Inner(2), (Inner(3),), {'k': Inner(4)}])
print(o)
print(asdict(o))
print(astuple(o))
print(Outer('a', Inner(1)) < Outer('b', Inner(0)))
print(replace(o, name='m').name, [f.name for f in fields(o)])
try:
    replace(o, nope=1)
except TypeError as e:
    print('TypeError', e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(K(1, c=5), K(1))
try:
    K(1, 2)
except TypeError as e:
    print('TypeError', e)
@dataclass(kw_only=True)
class KO:
    x: int
    y: int = 0
print(KO(x=1))
try:
    KO(1)
except TypeError as e:
    print('TypeError', e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithInit(5); print(w, WithInit(5, 10), [f.name for f in fields(w)])
@dataclass(frozen=True)
class F:
    x: int
    y: int = 0
f = F(1)
try:
    f.x = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    del f.y
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(f) == hash(F(1)), f == F(1, 0), {f: 1}[F(1)])
@dataclass(slots=True)
class SL:
    a: int
    b: str = 'b'
s = SL(1); print(s, SL.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    @dataclass
    class M:
        x: list = []
except ValueError as e:
    print('ValueError', e)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1))
@dataclass
class Base:
    a: int
    b: int = 1
@dataclass
class Derived(Base):
    c: int = 2
    a: int = 9
print(Derived(), Derived(0, 1, 2))
print(is_dataclass(Derived), is_dataclass(Derived()), is_dataclass(int))
P = make_dataclass('P', [('x', int), ('y', int, field(default=0))], namespace={'norm': lambda self: self.x + self.y})
print(P(3), P(3, 4).norm())
try:
    asdict(1)
except TypeError as e:
    print('TypeError', e)
print(type(dataclasses.MISSING).__name__, fields(F)[0].default is dataclasses.MISSING, fields(F)[1].default)
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(3)) == hash((3,)))
try:
    @dataclass(order=True)
    class O2:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print('TypeError', e)
