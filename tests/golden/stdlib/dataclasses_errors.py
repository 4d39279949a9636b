# dataclass definition errors and generated __init__ argument errors, with CPython's
# messages.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, KW_ONLY,
                         InitVar, make_dataclass, FrozenInstanceError)
from typing import ClassVar

ns = {'dataclass': dataclass, 'field': field, 'KW_ONLY': KW_ONLY, 'InitVar': InitVar,
      'ClassVar': ClassVar}


def define(src):
    try:
        exec(src, dict(ns))
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)


define("""
@dataclass
class A:
    x: int = 0
    y: int
""")
define("""
@dataclass
class A:
    x: list = []
""")
define("""
@dataclass
class A:
    x: dict = {}
""")
define("""
@dataclass
class A:
    x: set = set()
""")
define("""
@dataclass
class A:
    x: int = field(default=1, default_factory=int)
""")
define("""
@dataclass(order=True, eq=False)
class A:
    x: int
""")
define("""
@dataclass(order=True)
class A:
    x: int
    def __lt__(self, other): return True
""")
define("""
@dataclass(frozen=True)
class A:
    x: int
    def __setattr__(self, name, value): pass
""")
define("""
@dataclass(unsafe_hash=True)
class A:
    x: int
    def __hash__(self): return 1
""")
define("""
@dataclass
class A:
    x: int
@dataclass(frozen=True)
class B(A):
    y: int
""")
define("""
@dataclass(frozen=True)
class A:
    x: int
@dataclass
class B(A):
    y: int
""")
define("""
@dataclass
class A:
    x = field()
""")
define("""
@dataclass
class A:
    x: int
    _: KW_ONLY
    y: int
    z: KW_ONLY
""")
define("""
@dataclass
class A:
    x: ClassVar[int] = field(default_factory=int)
""")
define("""
@dataclass
class A:
    x: InitVar[list] = field(default_factory=list)
""")
define("""
@dataclass
class A:
    x: ClassVar[list] = []
    y: int = 0
print(A(), A.x)
""")
define("""
@dataclass(slots=True)
class A:
    __slots__ = ('x',)
    x: int
""")
define("""
@dataclass(weakref_slot=True)
class A:
    x: int
""")


@dataclass
class P:
    x: int
    y: int = 0


for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 3}), ((1,), {'x': 3}),
                     ((), {'y': 1}), ((1,), {'y': 2})]:
    try:
        print(P(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2


for args, kwargs in [((1,), {}), ((), {}), ((), {'a': 1})]:
    try:
        print(K(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)

for func, arg in [(fields, 1), (fields, int), (asdict, P), (asdict, 1), (astuple, P),
                  (replace, P), (replace, 5)]:
    try:
        func(arg)
    except TypeError as e:
        print(func.__name__, 'TypeError:', e)


@dataclass
class R:
    x: int
    y: int = field(init=False, default=3)
    z: InitVar[int] = None


for changes in [{'y': 2}, {'w': 1}, {'x': 9}]:
    try:
        print(replace(R(1), **changes))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


@dataclass
class S:
    x: int
    v: InitVar[int]

    def __post_init__(self, v):
        self.total = self.x + v


try:
    replace(S(1, 2), x=5)
except ValueError as e:
    print('ValueError:', e)
print(replace(S(1, 2), x=5, v=1).total)

for spec in [['a', 'a'], ['def'], [('a', int, 3, 4)], ['a b'], [1]]:
    try:
        make_dataclass('Z', spec)
    except TypeError as e:
        print('make_dataclass TypeError:', e)


@dataclass(frozen=True)
class F:
    a: int


f = F(1)
for action in ['set', 'new', 'del']:
    try:
        if action == 'set':
            f.a = 2
        elif action == 'new':
            f.b = 2
        else:
            del f.a
    except FrozenInstanceError as e:
        print(type(e).__name__, repr(e), isinstance(e, AttributeError))
print(f)
P(1, 2, 3)
