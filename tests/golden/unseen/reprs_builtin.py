from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
import functools, itertools, types, re, datetime, decimal, fractions, pathlib, array, enum

print(range(5), range(1, 10, 2), slice(1, None, 2), slice(3))
print(deque([1, 2]), deque([1], maxlen=3), defaultdict(int, {"a": 1}), defaultdict(list))
print(Counter("aab"), OrderedDict(a=1), OrderedDict(), ChainMap({"a": 1}, {}))
print(namedtuple("P", "x y")(1, 2), types.SimpleNamespace(a=1, b=[2]))
print({}.keys(), {"a": 1}.values(), {"a": 1}.items(), {1, 2}, frozenset(), set(), frozenset({1}))
print(functools.partial(max, 1, key=abs))
print(itertools.count(5), itertools.count(1, 0.5), itertools.repeat("x", 3), itertools.repeat(1))
print(re.compile(r"\d+", re.I | re.M), re.match(r"a+", "aaab"))
print(repr(datetime.date(2020, 1, 2)), repr(datetime.timedelta(0)), repr(datetime.timezone.utc), repr(datetime.timezone(datetime.timedelta(hours=5, minutes=30))))
print(repr(datetime.time(1, 2, 3, 4)), repr(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)))
print(repr(decimal.Decimal("1.50")), repr(fractions.Fraction(1, 3)), repr(pathlib.PurePosixPath("/a/b")))
print(array.array("i", [1, 2]), array.array("d"), array.array("u", "hi"), array.array("b", b"ab"))
print(types.MappingProxyType({"a": 1}), type(None), type(...), ..., NotImplemented)
print(int, object, type, len, print, str.join, [].append.__name__, dict.fromkeys.__name__)
print(repr(1.0), repr(1e16), repr(-0.0), repr(1.1e-10), repr(float("inf")), repr(2.5e+300))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\x00\x7f\x80\u200b"), repr("\\"))
print(complex(0, 1), complex(1, 0), complex(-0.0, -1), 1 + 0j, -1j, complex(float("nan"), float("inf")))
print(bytearray(b"x"), memoryview.__name__, b"\t\r\n\x0b", bytes(range(0x7c, 0x82)))
class E(enum.Flag):
    A = 1
    B = 2
    C = 4
print(E.A | E.B, repr(E.A | E.C), ~E.A, E(0), repr(E(0)), E.A & E.B, list(E.A | E.B))
class S(enum.StrEnum):
    X = "x"
    Y = enum.auto()
print(S.X, repr(S.Y), S.X + "!", f"{S.X}", S("y"))
Animal = enum.Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, repr(Animal.CAT), list(Animal))
print(enum.Enum("C2", [("R", 10), ("G", 20)]).G.value)
print(str.__dict__["upper"], int.__add__, type.__dict__["__name__"])
print(iter([]).__class__.__name__, type(iter(range(3))).__name__, type({}.keys()).__name__, type(zip()).__name__)
print(type(property()).__name__, classmethod(len).__func__, staticmethod(len).__func__)
print(NotImplemented.__class__, Ellipsis.__class__, type(type(None)))
