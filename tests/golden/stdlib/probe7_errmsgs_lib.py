import math, statistics, fractions, decimal, json, re, datetime, itertools, functools, operator, heapq, bisect, collections, random, string, textwrap, copy, enum, dataclasses, csv, io, contextlib, abc, typing
tests = [
    "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.factorial(-1)", "math.factorial(2.5)", "math.comb(3, -1)", "math.gcd(1.5, 2)", "math.isqrt(-4)",
    "math.acos(2)", "math.pow(0, -1)", "math.fsum(['a'])", "math.floor('x')", "math.ceil(float('inf'))", "math.floor(float('nan'))", "int(float('inf'))",
    "statistics.median([])", "statistics.stdev([1])", "statistics.variance([])", "statistics.mode([])", "statistics.harmonic_mean([-1])", "statistics.geometric_mean([0])",
    "fractions.Fraction('abc')", "fractions.Fraction(1.5, 2)", "fractions.Fraction(float('nan'))", "fractions.Fraction(float('inf'))",
    "decimal.Decimal('1') / 0", "decimal.Decimal('x')", "decimal.Decimal(float('nan')).to_integral() + 1", "decimal.Decimal('1e999999').exp()", "int(decimal.Decimal('nan'))", "int(decimal.Decimal('inf'))",
    "json.loads('[1,]')", "json.loads('{\"a\":}')", "json.loads('1 2')", "json.loads(b'\\xff')", "json.loads(None)", "json.dumps(object())", "json.dumps({1j: 2})",
    "re.compile('[')", "re.compile('(?P<x>a)(?P<x>b)')", "re.compile('a**')", "re.compile(')')", "re.sub('(a)', r'\\2', 'a')", "re.match('a', 1)", "re.compile('\\\\')",
    "datetime.date(2024, 0, 1)", "datetime.date(2024, 1, 32)", "datetime.time(25)", "datetime.datetime(2024, 1, 1, 0, 60)", "datetime.timedelta(days=1e10)", "datetime.date.fromisoformat('2024/01/01')",
    "datetime.datetime.strptime('x', '%Y')", "datetime.datetime.strptime('2024-01-01 extra', '%Y-%m-%d')", "datetime.date(2024,1,1) + 1", "datetime.date(2024,1,1) < datetime.datetime(2024,1,1)",
    "list(itertools.permutations([1], -1))", "itertools.repeat()", "list(itertools.accumulate([1, 'a']))", "next(itertools.count('a'))",
    "functools.reduce(operator.add, [])", "functools.partial()", "operator.itemgetter()", "operator.attrgetter(1)",
    "heapq.heappush([], 1, 2)", "heapq.heapify(None)", "bisect.insort(None, 1)", "bisect.bisect([1, 2], 'a')",
    "collections.Counter(1)", "collections.deque([], -1)", "collections.namedtuple('N', 'a a')", "collections.namedtuple('N', '_a')", "collections.OrderedDict().popitem()", "collections.deque().pop()", "collections.ChainMap({}).pop('x')",
    "random.randint(5, 1)", "random.randrange(0)", "random.choice('')", "random.sample({1, 2}, 1)", "random.uniform('a', 1)", "random.Random().seed([1])",
    "string.Template('$x').substitute()", "string.Template('$').substitute(x=1)", "'{:q}'.format(1)", "'{'.format(1)", "'}'.format(1)", "'{0!x}'.format(1)",
    "textwrap.wrap('abc', width=0)", "textwrap.fill(None)", "textwrap.shorten('hello world', 3)",
    "copy.deepcopy(lambda: 1) and (_ for _ in ()).__next__()",
    "enum.Enum('E', 'A B')('C')", "dataclasses.asdict(1)", "dataclasses.fields(1)", "dataclasses.replace(1)",
    "csv.reader(io.StringIO('a,\"b')  , strict=True).__next__()", "csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])", "csv.reader(1)",
    "io.StringIO(1)", "io.StringIO('a').seek(-1)", "io.StringIO().write(1)",
    "contextlib.nullcontext().__exit__()", "type(abc.ABC())",
    "typing.List[int, str]", "typing.Union[]" if False else "typing.Optional[int, str]", "type(typing.Generic())", "isinstance(1, typing.List[int])",
    "sum(['a', 'b'], '')", "sum([[1]], 0)", "max()", "max([])", "min([], default=None) or min(1)", "sorted(1)", "zip([1], [2, 3], strict=True).__next__() and list(zip([1], [2, 3], strict=True))",
    "divmod(1, 0)", "pow(2, -1, 4)", "pow(0, -1)", "round(1.5, 'a')", "int('10', 1)", "int('9', 8)", "chr(-1)", "ord('ab')", "hex(1.5)", "bytes(-1)", "bytearray('a')",
    "'a'.join([1])", "'abc'.index('z')", "[1].index(2)", "(1,).index(2)", "[].pop()", "{}.popitem()", "set().pop()", "frozenset().add", "'a' * 'b'", "[1] + (2,)", "{} | []",
    "int('1' * 5000)", "str(10 ** 5000)", "float('1e5000')", "float('x1')", "complex('1+')", "1 / 0.0", "10 ** -1 % 0", "2 ** 10000 * 1.0", "float(10 ** 400)",
    "iter(5)", "next([])", "type(reversed({}))", "len(5)", "hash([])", "abs('a')", "getattr(1, 'x')", "setattr(1, 'x', 2)", "delattr(object(), 'y')", "object().x = 1" if False else "vars(1)",
    "dict([1])", "dict([(1, 2, 3)])", "list(1)", "tuple(None)", "set([[]])", "range(1.5)", "range(0, 5, 0)", "slice(1)[0]" if False else "[1,2][1.0]", "'abc'[5]", "(1,2)[5]", "{'a':1}['b']",
]
for t in tests:
    try:
        r = eval(t)
        print("OK ", t, "->", repr(r)[:60])
    except BaseException as e:
        print("ERR", t, "->", type(e).__name__ + ":", str(e)[:150])
