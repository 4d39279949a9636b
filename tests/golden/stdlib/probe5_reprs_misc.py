import functools, itertools, collections, operator, re, datetime, decimal, fractions, enum, dataclasses, array, struct, io, random
def show(x):
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(x)))
show(functools.partial(print, 1, sep='-'))
class C:
    def m(self): pass
show(functools.partial(C.m))
@functools.lru_cache(maxsize=3)
def f(x): return x
show(f); print(f.__wrapped__.__name__, type(f).__name__)
show(itertools.count(5, 2)); show(itertools.repeat('x', 3)); show(itertools.count(0.5))
show(collections.deque([1, 2], maxlen=3)); show(collections.OrderedDict(a=1)); show(collections.Counter('aab')); show(collections.defaultdict(list, a=[1]))
show(collections.ChainMap({'a': 1}, {})); show(collections.namedtuple('P', 'x y')(1, 2)); show(collections.UserList([1])); show(collections.UserDict(a=1))
show(operator.itemgetter(1, 2)); show(operator.attrgetter('a')); show(operator.methodcaller('f', 1, x=2))
show(re.compile(r'a\d+', re.I)); show(re.compile(b'x')); show(re.match('a', 'abc')); show(re.compile('a' * 300)); show(re.compile('x', re.S | re.M | re.X))
show(datetime.date(2020, 1, 2)); show(datetime.timedelta(0)); show(datetime.timedelta(days=-1, microseconds=5)); show(datetime.datetime(2020, 1, 1, 0, 0)); show(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)); show(datetime.timezone(datetime.timedelta(hours=-5)))
show(datetime.time(0)); show(datetime.time(1, 2, 3, 4)); show(datetime.timezone(datetime.timedelta(0), 'Z'))
show(decimal.Decimal('1.50')); show(decimal.getcontext()); show(fractions.Fraction(3, 4))
show(array.array('i')); show(array.array('u', 'ab')); show(struct.Struct('<i')); show(io.StringIO()); show(io.BytesIO())
show(random.Random); show(enum.Enum); show(enum.auto())
@dataclasses.dataclass
class D:
    a: int = 1
    b: list = dataclasses.field(default_factory=list)
show(D()); show(dataclasses.fields(D)[0]); show(dataclasses.MISSING)
show(range(1, 10, 2)); show(slice(1, None)); show(memoryview(b'ab')); show(map(str, [])); show(zip()); show(iter([])); show(reversed([1]))
show(type(print)); show(len); show([].append); show(C.m); show(C().m); show(object()); show(NotImplemented); show(Ellipsis)
show({}.keys()); show({'a': 1}.items()); show({'a': 1}.values()); show(frozenset()); show(set()); show(bytearray(b'x')); show(complex(0, -0.0)); show(-0.0)
