import statistics, decimal, fractions, datetime, calendar, collections, itertools, functools
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction
data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 7.8, 9.1]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.stdev(data))
print(statistics.pvariance(data), statistics.quantiles(data, n=4), statistics.median_low([1, 3, 5, 7]), statistics.harmonic_mean([40, 60]))
print(statistics.geometric_mean([1, 10, 100]), statistics.fmean([1, 2, 3, 4]), statistics.multimode('aabbbccdd'))
print(statistics.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), statistics.linear_regression([1, 2, 3, 4], [2, 4, 6, 9]))
nd = statistics.NormalDist(100, 15); print(nd, nd.pdf(100), round(nd.cdf(130), 6), nd.inv_cdf(0.975))
price = Decimal('19.99'); qty = 3; tax = Decimal('0.0825')
sub = price * qty; total = (sub * (1 + tax)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
print(sub, total, repr(total), total.as_tuple(), f'{total:,.2f}', Decimal(1) / Decimal(7))
getcontext().prec = 10; print(Decimal(2).sqrt(), Decimal('1e-3').ln() if False else Decimal(10).log10(), Decimal('123.456').to_integral_value())
print(Fraction(3, 4) + Fraction(1, 6), Fraction('0.125'), Fraction(1.1).limit_denominator(100), Fraction(7, 3).__floor__(), float(Fraction(22, 7)))
d = datetime.date(2024, 2, 28); print(d + datetime.timedelta(days=2), d.isoformat(), d.strftime('%A %d %B %Y'), d.isocalendar(), d.weekday())
dt = datetime.datetime(2024, 3, 10, 14, 30, 5); print(dt.replace(hour=1), dt - datetime.datetime(2024, 1, 1), (dt - datetime.datetime(2024, 1, 1)).total_seconds())
print(datetime.datetime.strptime('2023-07-04 09:15', '%Y-%m-%d %H:%M'), datetime.timedelta(hours=25, minutes=3), repr(datetime.timedelta(seconds=-1)))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30)); print(dt.replace(tzinfo=tz).isoformat(), dt.replace(tzinfo=tz).astimezone(datetime.timezone.utc))
print(calendar.month(2024, 2)); print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], list(calendar.month_abbr)[1:4])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
c = collections.Counter('the quick brown fox jumps over the lazy dog'.split()); print(c.most_common(2), c['the'], sorted((c + collections.Counter(a=2)).items())[:3])
dd = collections.defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]: dd[k].append(v)
print(dd, dict(dd))
P = collections.namedtuple('P', 'x y', defaults=[0]); p = P(1); print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults)
od = collections.OrderedDict.fromkeys('abc'); od.move_to_end('a'); print(od, list(reversed(od)))
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child({'c': 4}))
dq = collections.deque(range(5), maxlen=3); dq.rotate(1); print(dq)
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.pairwise('abcd')), list(itertools.combinations('abc', 2)))
print([(k, len(list(g))) for k, g in itertools.groupby('aaabbc')])
print(list(itertools.islice(itertools.cycle('xy'), 5)), list(itertools.product([0, 1], repeat=2)), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress('abcd', [1, 0, 1, 0])), list(itertools.chain.from_iterable(['ab', 'cd'])))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(functools.reduce(lambda a, b: a + b, range(10)), functools.partial(int, base=2)('1011'), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(4), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'))
