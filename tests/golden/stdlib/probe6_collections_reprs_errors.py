from collections import Counter, OrderedDict, defaultdict, deque, ChainMap, namedtuple, UserDict, UserList, UserString
import collections

print(collections.Counter, collections.deque, collections.defaultdict, collections.OrderedDict, collections.ChainMap)
print(type(deque()).__module__, type(defaultdict()).__module__, OrderedDict.__module__, Counter.__module__)
print(repr(Counter("aab").keys()), repr(Counter("aab").values()), repr(Counter("ab").items()))
print(repr(OrderedDict(a=1).keys()), repr(OrderedDict(a=1).items()), repr(OrderedDict(a=1).values()))
print(repr(defaultdict(list, a=[1])), repr(defaultdict(int).default_factory), repr(defaultdict(dict)))
print(repr(deque([1, 2], maxlen=3)), repr(deque(maxlen=0)), str(deque("xy")))
print(repr(ChainMap({"a": 1}, {"b": 2})), repr(ChainMap(OrderedDict(a=1))))
print(repr(UserDict(a=1)), repr(UserList([1])), repr(UserString("s")), UserString("ab") + "c", UserList([1]) + [2])
r = deque([1])
r.append(r)
print(r)
d = defaultdict(list)
d["self"] = d
print(d)
od = OrderedDict()
od["me"] = od
print(od)
c = Counter()
c["x"] = c if False else 1
print(Counter(a=3, b=3, c=1).most_common(), Counter({"b": 2, "a": 2}).most_common(1))
for op in [lambda: deque([1]).index(5), lambda: deque([1]).remove(5), lambda: deque().popleft(), lambda: deque([1, 2])[5],
           lambda: OrderedDict().popitem(last=False), lambda: ChainMap().popitem(), lambda: ChainMap({}, {"a": 1}).pop("a"),
           lambda: defaultdict(5), lambda: Counter(1), lambda: deque(1), lambda: deque([1]) < [1], lambda: UserDict()["k"],
           lambda: Counter("a") - 1, lambda: namedtuple("T", 5),
           lambda: deque([1, 2, 3]).rotate("x"), lambda: defaultdict(int, {1: 2}, {3: 4})]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), OrderedDict(a=1) == {"a": 1})
print(Counter(a=1) | Counter(a=2, b=-1), Counter(a=-1) + Counter(), Counter(a=0) == Counter(), bool(Counter(a=0)))
print(isinstance(OrderedDict(), dict), issubclass(Counter, dict), issubclass(defaultdict, dict), deque.__hash__ is None)
