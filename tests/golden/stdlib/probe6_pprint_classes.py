import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, namedtuple
from dataclasses import dataclass, field
from types import SimpleNamespace

@dataclass
class Address:
    street: str
    city: str
    zip: str = "00000"

@dataclass
class User:
    name: str
    emails: list = field(default_factory=list)
    address: Address = None
    prefs: dict = field(default_factory=dict)

u = User("Alexandra Longname", ["alex@example.com", "alex.longname@work.example.org"],
         Address("1234 Some Very Long Street Name", "Springfield"), {"theme": "dark", "lang": "en", "tz": "UTC"})
pprint.pprint(u)
pprint.pprint(u, width=40)
pprint.pprint([u, u], depth=1)
od = OrderedDict((f"key{i}", i * 1111) for i in range(8))
pprint.pprint(od, width=40)
dd = defaultdict(list, {"alpha": list(range(12)), "beta": ["x" * 30, "y" * 30]})
pprint.pprint(dd, width=50)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"), width=60)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({"a": 1, "b": [1] * 20}, {"c": 3}), width=40)
NT = namedtuple("NT", "first second third")
pprint.pprint(NT("a" * 20, "b" * 20, list(range(15))), width=40)
pprint.pprint(SimpleNamespace(alpha=1, beta="two" * 10, gamma=list(range(20))), width=40)
pprint.pprint({"long string": "This is a long sentence that should be broken up into several chunks by pprint when narrow."}, width=40)
pprint.pprint([b"bytes " * 10, bytearray(b"ba" * 30)], width=40)
pprint.pprint({"set": set(range(25)), "fs": frozenset("abc") and frozenset([1, 2, 3])}, width=30)
pprint.pprint(range(10), width=5)
pprint.pprint({"nested": {"deeper": {"deepest": {"bottom": 1}}}}, depth=2)
pprint.pprint([[1, 2, [3, 4, [5, 6]]]], depth=2)
pprint.pprint({"a": (1,), "b": (), "c": [()], "d": [[]]})
