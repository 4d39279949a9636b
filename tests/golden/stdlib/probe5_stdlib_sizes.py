import sys, gc, collections, functools, itertools, array, re, decimal, fractions, datetime, io, struct, enum, dataclasses, operator, random, weakref
objs = {
    'deque()': collections.deque(), 'deque(range(100))': collections.deque(range(100)), 'deque(maxlen=3)': collections.deque(maxlen=3),
    'OrderedDict()': collections.OrderedDict(), 'OrderedDict(a=1)': collections.OrderedDict(a=1), 'defaultdict(int)': collections.defaultdict(int),
    'Counter()': collections.Counter(), 'Counter(abc)': collections.Counter('abc'), 'ChainMap()': collections.ChainMap(),
    'namedtuple': collections.namedtuple('P', 'x y')(1, 2),
    'partial': functools.partial(max, 1), 'lru_cache': functools.lru_cache(lambda x: x),
    'count': itertools.count(), 'cycle': itertools.cycle('ab'), 'repeat': itertools.repeat(1), 'chain': itertools.chain(), 'islice': itertools.islice('a', 1),
    'product': itertools.product('ab', 'cd'), 'permutations': itertools.permutations('abc'), 'combinations': itertools.combinations('abc', 2), 'groupby': itertools.groupby('aab'),
    'tee': itertools.tee('ab')[0], 'zip_longest': itertools.zip_longest('a'), 'accumulate': itertools.accumulate([1]), 'pairwise': itertools.pairwise('ab'), 'starmap': itertools.starmap(pow, []),
    'array(i)': array.array('i'), 'array(i,10)': array.array('i', range(10)), 'array(d,3)': array.array('d', [1, 2, 3]),
    'match': re.match('a', 'a'),
    'Decimal(1)': decimal.Decimal(1), 'Decimal(1e50)': decimal.Decimal('1e50'), 'Fraction': fractions.Fraction(1, 3), 'Context': decimal.Context(),
    'date': datetime.date(2020, 1, 1), 'datetime': datetime.datetime(2020, 1, 1), 'aware': datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc), 'timedelta': datetime.timedelta(1), 'time': datetime.time(), 'timezone': datetime.timezone.utc,
    'StringIO': io.StringIO(), 'BytesIO': io.BytesIO(), 'BytesIO(100)': io.BytesIO(b'x' * 100), 'Struct': struct.Struct('i'),
    'itemgetter': operator.itemgetter(1), 'attrgetter': operator.attrgetter('a'), 'methodcaller': operator.methodcaller('f'),
    'Random': random.Random(1), 'ref': weakref.ref(functools.partial),
}
for name, o in objs.items():
    print(f'{name:22} {type(o).__name__:20} {sys.getsizeof(o):6} {gc.is_tracked(o)}')
class E(enum.Enum):
    A = 1
@dataclasses.dataclass
class D:
    x: int
@dataclasses.dataclass(slots=True)
class DS:
    x: int
print(sys.getsizeof(E.A), gc.is_tracked(E.A), sys.getsizeof(D(1)), gc.is_tracked(D(1)), sys.getsizeof(DS(1)), gc.is_tracked(DS(1)))
d = collections.deque()
sizes = []
for i in range(200):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
od = collections.OrderedDict()
s2 = []
for i in range(20):
    od[i] = i
    s2.append(sys.getsizeof(od))
print(s2)
x = object()
dq = collections.deque([x, x]); p = functools.partial(print, x); m = re.match('(a)', 'a')
print(sys.getrefcount(x) - 1)
del dq, p
print(sys.getrefcount(x) - 1)
