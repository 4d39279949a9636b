# Instances: __reduce_ex__ defaults, __getstate__/__setstate__, __slots__,
# __getnewargs__/__getnewargs_ex__ and reduce tuples with items and state.
import pickle


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return f"Plain({self.__dict__})"


class Slots:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Slots(x={self.x!r}, y={getattr(self, 'y', '-')!r})"


class SlotsAndDict(Slots):
    __slots__ = ("__dict__", "__private")

    def __init__(self, x):
        super().__init__(x)
        self.__private = "p"
        self.extra = 3


class Stateful:
    def __init__(self, v):
        self.v = v
        self.cache = "not pickled"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        print("  __setstate__", state)
        self.__dict__.update(state)
        self.cache = None

    def __repr__(self):
        return f"Stateful({self.__dict__})"


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __getnewargs__(self):
        return tuple(self)


class KwOnly:
    def __new__(cls, *, size):
        obj = super().__new__(cls)
        obj.size = size
        return obj

    def __getnewargs_ex__(self):
        return (), {"size": self.size}

    def __repr__(self):
        return f"KwOnly(size={self.size})"


class Bag:
    """Reduce tuple with list items, dict items and a state setter."""
    def __init__(self):
        self.items = []
        self.meta = {}

    def append(self, x):
        self.items.append(x)

    def __setitem__(self, k, v):
        self.meta[k] = v

    def __reduce__(self):
        return (Bag, (), {"tag": 1}, iter([1, 2]), iter([("k", "v")]),
                set_bag_state)


def set_bag_state(obj, state):
    obj.tag = state["tag"]


def roundtrip(label, obj, protocols=range(6)):
    for proto in protocols:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, type(e).__name__, e)
            continue
        print(label, proto, data)
        back = pickle.loads(data)
        print("  ->", back if not isinstance(back, Bag) else (back.items, back.meta, back.tag))


roundtrip("plain", Plain(1, [2]))
roundtrip("slots", Slots(5))
s = Slots(1)
s.y = "why"
roundtrip("slots-y", s, (2, 4))
roundtrip("slots+dict", SlotsAndDict(7), (2, 4))
roundtrip("stateful", Stateful(9), (0, 2, 4))
roundtrip("point", Point(1, 2), (0, 2, 4))
roundtrip("kwonly", KwOnly(size=3), (0, 1, 4, 5))
print(vars(pickle.loads(pickle.dumps(KwOnly(size=3), 4))))
roundtrip("bag", Bag(), (1, 4))
print(Plain(1, 2).__reduce_ex__(2)[1:])
