# order, hash rules, frozen, slots, kw_only, asdict/astuple/replace, make_dataclass.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, KW_ONLY,
                         make_dataclass)
from collections import namedtuple, OrderedDict


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(1, 0, 'x'), Version(0, 9), Version(1, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(1) <= Version(1, 0, 'z'), Version(2) > Version(1, 9),
      Version(1) >= Version(1), Version(1, 0, 'a') == Version(1, 0, 'b'))


@dataclass(order=True)
class Other:
    major: int


for op in ['<', '<=', '>', '>=']:
    try:
        eval('Version(1) %s Other(1)' % op)
    except TypeError as e:
        print('TypeError:', e)
print(Version(1) == Other(1), Version.__lt__.__qualname__)


@dataclass(frozen=True)
class Key:
    a: int
    b: str = 'x'
    c: list = field(default_factory=list, hash=False, compare=False)


print(hash(Key(1)) == hash((1, 'x')), {Key(1): 'v'}[Key(1)], Key(1) == Key(1, 'x', [1]))


@dataclass(unsafe_hash=True)
class U:
    x: int
    y: int = field(hash=False)
    z: int = field(compare=False, default=0)


print(hash(U(1, 2)) == hash((1,)), hash(U(1, 5, 6)) == hash(U(1, 7)))


@dataclass
class Unhashable:
    x: int


try:
    hash(Unhashable(1))
except TypeError as e:
    print('TypeError:', e)
print(Unhashable.__hash__)


@dataclass(eq=False)
class IdHash:
    x: int


print(IdHash.__hash__ is object.__hash__)


@dataclass
class OwnHash:
    x: int

    def __hash__(self):
        return 7


print(hash(OwnHash(1)))


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    x: int


print(FrozenNoEq.__hash__ is object.__hash__)


@dataclass(frozen=True)
class FBase:
    x: int


@dataclass(frozen=True)
class FChild(FBase):
    y: int = 2


c = FChild(1)
print(c, hash(c) == hash((1, 2)))
try:
    c.y = 3
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'), Slotted.__qualname__)
try:
    s.z = 1
except AttributeError as e:
    print('AttributeError:', e)


@dataclass(slots=True, frozen=True)
class FrozenSlotted:
    x: int


fs = FrozenSlotted(3)
print(fs, hash(fs) == hash((3,)), fs.__getstate__())


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(KW(1), KW(1, b=5, c=6), KW.__match_args__, KW.__doc__)


@dataclass
class Mixed:
    a: int = field(kw_only=True, default=0)
    b: int = 1
    c: int = field(kw_only=True, default=2)


print(Mixed(), Mixed(5, a=1), Mixed.__doc__)

Pt = namedtuple('Pt', 'x y')


@dataclass
class Leaf:
    v: int
    pts: list = field(default_factory=list)


@dataclass
class Tree:
    name: str
    leaves: list
    meta: dict
    pair: tuple
    nt: Pt


leaf = Leaf(1, [Pt(1, 2)])
t = Tree('t', [leaf, Leaf(2)], {'k': Leaf(3), Leaf(4).v: [1, (2, 3)]}, (leaf, 5), Pt(leaf, 0))
d = asdict(t)
print(d)
print(astuple(t))
print(d['leaves'][0]['pts'] is leaf.pts, d['leaves'][0]['pts'][0] is leaf.pts[0])
print(asdict(leaf, dict_factory=OrderedDict))
print(astuple(leaf, tuple_factory=list))
print(replace(leaf, v=9), replace(leaf).pts is leaf.pts)

Z = make_dataclass('Z', ['a', ('b', int), ('c', list, field(default_factory=list))],
                   namespace={'double': lambda self: self.b * 2}, order=True)
z = Z(1, 2)
print(z, z.double(), Z.__doc__, Z.__module__, Z(1, 2) < Z(1, 3), fields(Z)[0].type)
Y = make_dataclass('Y', [('w', int, 0)], bases=(Leaf,), frozen=False)
print(Y(1, [], 2), [f.name for f in fields(Y)])
