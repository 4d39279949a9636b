from collections import deque, Counter, OrderedDict, defaultdict, namedtuple, ChainMap
import sys, copy, pickle
d = deque(range(5))
print(d[1:3] if False else list(d)[1:3], d.__reversed__().__class__.__name__, len(d.__copy__()))
d2 = copy.deepcopy(deque([[1]], maxlen=4)); print(d2, d2.maxlen)
print(pickle.loads(pickle.dumps(deque([1, 2], 5))), pickle.loads(pickle.dumps(Counter('ab'))), pickle.loads(pickle.dumps(OrderedDict(a=1))))
print(pickle.loads(pickle.dumps(defaultdict(list, {'a': [1]}))))
it = iter(d); d.append(9)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
dd = deque([1, 2, 3]); dd *= 2; print(dd); dd.rotate(7); print(dd)
print(deque([1, 2]) + deque([3]), deque('ab') == deque('ab'), deque([1]) != [1])
try:
    deque([1]) + [2]
except TypeError as e:
    print('TypeError', e)
c = Counter(a=2, b=-1)
print(c.most_common(), list(c.elements()), c + Counter(), c - Counter(), Counter('abc') == Counter('cba'), c < Counter(a=3))
c2 = Counter({'x': 1.5, 'y': 0.5}); print(c2 + c2, c2.total())
print(Counter('hello world').most_common(3), sorted(Counter('hello world').items()))
print(Counter(['a', 'b', 'a']) | Counter(['b', 'b']), dict(Counter(a=1, b=2)), Counter(a=1).get('b'), Counter('aaab').most_common(1)[0])
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(list(reversed(od)), list(od.keys()), od == OrderedDict([('b', 2), ('a', 1), ('c', 3)]), od | {'d': 4}, {'z': 0} | od)
od2 = od.copy(); od2['a'] = 9; print(od2, od)
print(OrderedDict.fromkeys('xy', 0), od.setdefault('e', 5), od.pop('a'), od)
try:
    od.pop('zz')
except KeyError as e:
    print('KeyError', e)
dd = defaultdict(lambda: defaultdict(int))
dd['a']['x'] += 1; dd['b']['y'] += 2
print({k: dict(v) for k, v in dd.items()}, dd.default_factory.__name__, 'c' in dd, dd.get('c'), len(dd))
counts = defaultdict(int)
for w in 'the cat the hat the end'.split():
    counts[w] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
P = namedtuple('P', ['x', 'y'], module='geo')
print(P.__module__, P(1, 2)._asdict(), P(**{'x': 1, 'y': 2}), P._make(range(2)), P(1, 2) + (3,), P(1, 2)[::-1], P(1, 2).count(1), P(5, 5).index(5))
print(sys.getsizeof(P(1, 2)) == sys.getsizeof((1, 2)), P(1, 2).__class__.__bases__, hasattr(P(1, 2), '__dict__'), pickle.loads(pickle.dumps(Counter)) is Counter)
T = namedtuple('T', 'a, b c')
print(T._fields, T(1, 2, 3), T.__new__.__doc__, T.a)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(dict(cm), list(cm.keys()), list(cm.values()), cm.copy(), type(cm.copy().maps[0]), cm.new_child().maps, cm.parents.parents.maps)
print(ChainMap({'x': 1}) == ChainMap({'x': 1}), ChainMap({'x': 1}) == {'x': 1}, bool(ChainMap({})), ChainMap.fromkeys('ab', 1))
