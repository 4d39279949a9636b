# Common standard-library types pickle exactly as CPython's.
import collections
import dataclasses
import datetime
import decimal
import enum
import fractions
import pickle


class Color(enum.Enum):
    RED = 1
    BLUE = "b"


class Perm(enum.IntFlag):
    R = 4
    W = 2


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    x: int


Pair = collections.namedtuple("Pair", "left right")

VALUES = [
    collections.OrderedDict([("b", 1), ("a", 2)]),
    collections.defaultdict(list, {1: [2]}),
    collections.Counter("abracadabra"),
    collections.deque([1, 2, 3], maxlen=5),
    Pair(1, [2]),
    datetime.date(2024, 2, 29),
    datetime.datetime(1999, 12, 31, 23, 59, 58, 123456),
    datetime.time(7, 8, 9, 10),
    datetime.timedelta(days=-3, seconds=5, microseconds=7),
    datetime.datetime(2020, 1, 2, 3, 4, tzinfo=datetime.timezone.utc),
    decimal.Decimal("3.14159"),
    decimal.Decimal("-Infinity"),
    fractions.Fraction(-7, 3),
    Color.RED,
    Color.BLUE,
    Perm.R,
    Item("bolt", 3, ["steel"]),
    Frozen(5),
    range(2, 10, 3),
    slice(1, None, 2),
    complex(0.5, -1),
    type(None),
    type(NotImplemented),
    type(...),
    NotImplemented,
    ...,
]

for value in VALUES:
    for proto in (0, 2, 4, 5):
        try:
            data = pickle.dumps(value, proto)
        except Exception as e:
            print(proto, repr(value), type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(proto, data)
        print("   ", repr(back), back == value, type(back) is type(value))

d = datetime.datetime(2021, 11, 7, 1, 30, fold=1)
for proto in (3, 4):
    back = pickle.loads(pickle.dumps(d, proto))
    print(proto, pickle.dumps(d, proto)[-30:], back.fold)
print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED)
