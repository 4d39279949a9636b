# 120 random nested structures (builtins, collections types, dataclasses, namespaces,
# mappingproxy, User* wrappers, subclasses) over random width/indent/depth/compact/
# sort_dicts/underscore_numbers: pformat, saferepr, isreadable, isrecursive as CPython.
import pprint, random, sys, collections, types, dataclasses
rng = random.Random(4242)
N = 120

@dataclasses.dataclass
class DC:
    a: object
    b: object = None
    c: int = dataclasses.field(default=0, repr=False)

class SubL(list): pass
class SubD(dict): pass
class NS(types.SimpleNamespace): pass

words = ['a', 'bb', 'spam', 'eggs and ham', 'x' * 25, 'hello world, this is a longer sentence', ' lead', 'trail ', 'nl\nnl', 'tab\there', 'é ü', "q'uote", 'multi\nline\ntext with spaces here\n', '', '\x1c']

def scalar(d):
    k = rng.randrange(9)
    if k == 0: return rng.randrange(-10**rng.randrange(1, 15), 10**rng.randrange(1, 15))
    if k == 1: return rng.choice([0.5, -1e100, 3.14159, float('inf')])
    if k == 2: return rng.choice(words) * rng.randrange(1, 4)
    if k == 3: return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 30)))
    if k == 4: return bytearray(b'ab c' * rng.randrange(0, 8))
    if k == 5: return rng.choice([None, True, False, 1j])
    if k == 6: return rng.randrange(100)
    if k == 7: return rng.choice(words)
    return rng.choice([str, len, 'x' * 100])

def build(d):
    if d <= 0 or rng.random() < 0.3:
        return scalar(d)
    n = rng.randrange(0, 7)
    k = rng.randrange(20)
    kids = lambda: [build(d - 1) for _ in range(n)]
    if k < 3: return kids()
    if k < 5: return tuple(kids())
    if k < 8:
        keys = rng.choice([lambda i: 'k%d' % rng.randrange(50), lambda i: rng.randrange(100), lambda i: (i, 'x')])
        return {keys(i): build(d - 1) for i in range(n)}
    if k == 8: return set(rng.randrange(1000) for _ in range(n))
    if k == 9: return frozenset(rng.randrange(-50, 50) * 7 for i in range(n))
    if k == 10: return collections.OrderedDict(('o%d' % i, build(d - 1)) for i in range(n))
    if k == 11: return collections.defaultdict(rng.choice([list, int]), {i: build(d - 1) for i in range(n)})
    if k == 12: return collections.Counter({'c%d' % i: rng.randrange(5) for i in range(n)})
    if k == 13: return collections.deque(kids(), maxlen=rng.choice([None, 10]))
    if k == 14: return collections.ChainMap(*[{i: build(d - 1)} for i in range(n)])
    if k == 15: return rng.choice([types.SimpleNamespace, NS])(**{'f%d' % i: build(d - 1) for i in range(n)})
    if k == 16: return DC(build(d - 1), build(d - 1))
    if k == 17: return rng.choice([collections.UserList, SubL])(kids())
    if k == 18: return rng.choice([collections.UserDict, SubD])({'u%d' % i: build(d - 1) for i in range(n)})
    return types.MappingProxyType({'m%d' % i: build(d - 1) for i in range(n)})

for case in range(N):
    obj = build(rng.randrange(1, 5))
    kw = dict(width=rng.choice([1, 5, 10, 20, 30, 40, 60, 80, 120]), indent=rng.choice([0, 1, 1, 2, 4]),
              depth=rng.choice([None, None, 1, 2, 3]), compact=rng.random() < 0.4,
              sort_dicts=rng.random() < 0.7, underscore_numbers=rng.random() < 0.3)
    print(case, kw)
    print(pprint.pformat(obj, **kw))
    print(pprint.saferepr(obj), pprint.isreadable(obj), pprint.isrecursive(obj))
    if case % 7 == 0:
        s = rng.choice(words) * rng.randrange(1, 9)
        w = rng.randrange(1, 50)
        print(pprint.pformat(s, width=w)); print(pprint.pformat([s, (s,)], width=w)); print(pprint.pformat({'k': s}, width=w))
