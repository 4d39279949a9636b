from dataclasses import dataclass, field, fields, asdict, astuple, replace, KW_ONLY, InitVar, FrozenInstanceError
import dataclasses, collections, weakref, sys
@dataclass
class A:
    x: int
    y: int = field(default=0, kw_only=True)
@dataclass
class B(A):
    z: int = 5
    _: KW_ONLY
    w: str = "w"
print(B(1), B(1, 2, y=3, w="q"), [f.name for f in fields(B)], [f.kw_only for f in fields(B)], B.__match_args__)
import inspect; print(inspect.signature(B))
@dataclass
class Base:
    a: int
    def __post_init__(self): print("Base post_init", self.a)
@dataclass
class Derived(Base):
    b: int = 0
    def __post_init__(self):
        super().__post_init__(); print("Derived post_init", self.b)
Derived(1, 2)
@dataclass(frozen=True)
class FBase:
    a: int
try:
    @dataclass
    class NF(FBase):
        b: int = 0
except TypeError as e:
    print(e)
@dataclass
class NFBase:
    a: int
try:
    @dataclass(frozen=True)
    class F2(NFBase):
        b: int = 0
except TypeError as e:
    print(e)
@dataclass(slots=True, weakref_slot=True)
class SW:
    a: int
print(SW.__slots__, weakref.ref(SW(1)) is not None)
try:
    @dataclass(weakref_slot=True)
    class Bad: a: int
except TypeError as e:
    print(e)
@dataclass(slots=True)
class S1:
    a: int
@dataclass(slots=True)
class S2(S1):
    b: int
print(S2(1, 2), S2.__slots__, sys.getsizeof(S2(1, 2)) == sys.getsizeof(S1(1)) + 8)
@dataclass
class Inner:
    n: int
    t: tuple = (1, 2)
@dataclass
class Outer:
    inner: Inner
    items: list
    mapping: dict
    nt: tuple
P = collections.namedtuple("P", "x y")
o = Outer(Inner(1), [Inner(2)], {"k": Inner(3)}, P(Inner(4), 5))
print(asdict(o)); print(astuple(o)); print(asdict(o, dict_factory=collections.OrderedDict)["inner"], astuple(Inner(1), tuple_factory=list))
@dataclass
class WithInit:
    a: int
    b: int = field(init=False, default=7)
try:
    replace(WithInit(1), b=2)
except ValueError as e:
    print(e)
print(replace(WithInit(1), a=5))
@dataclass
class Cmp:
    a: int
    b: list = field(default_factory=list, compare=False, hash=True)
print(Cmp(1, [1]) == Cmp(1, [2]), Cmp.__hash__)
@dataclass(eq=True, frozen=True)
class H:
    a: int
    b: int = field(hash=False)
print(hash(H(1, 2)) == hash(H(1, 3)), H(1, 2) == H(1, 3))
try:
    @dataclass
    class DefaultMutable:
        s: set = set()
except ValueError as e:
    print(e)
try:
    @dataclass
    class DefaultDict:
        d: dict = {}
except ValueError as e:
    print(e)
@dataclass
class OkTuple:
    t: tuple = ()
    fs: frozenset = frozenset()
print(OkTuple())
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
@dataclass(repr=False, eq=False, init=False)
class Bare:
    a: int = 1
print(Bare().a, "__repr__" in Bare.__dict__, "__eq__" in Bare.__dict__, "__init__" in Bare.__dict__)
@dataclass
class Cls:
    cv: "dataclasses.ClassVar[int]" = 3
    x: int = 1
print([f.name for f in fields(Cls)], Cls())
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class FS:
        a: int
        def __setattr__(self, k, v): pass
except TypeError as e:
    print(e)
print(dataclasses.fields(B)[0], file=open("/dev/null", "w"))
print(repr(dataclasses.field(default=1, metadata={"a": 1}).metadata), type(dataclasses.KW_ONLY).__name__, dataclasses.InitVar[int], dataclasses.InitVar(list))
