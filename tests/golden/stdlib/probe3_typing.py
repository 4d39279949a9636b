import functools, contextlib, asyncio, typing, enum, collections.abc as cabc, bisect, heapq, calendar, datetime, copy, weakref, string, textwrap, decimal, fractions, statistics, json
class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self): print('computing'); return 3.14159 * self.r ** 2
c = Circle(2); print(c.area, c.area, 'area' in vars(c))
@contextlib.asynccontextmanager
async def conn(name):
    print('open', name); yield name.upper(); print('close', name)
async def go():
    async with conn('db') as h: print('using', h)
    async def agen():
        for i in range(3): yield i; await asyncio.sleep(0)
    print([x async for x in agen()])
    r = await asyncio.gather(asyncio.sleep(0, 'a'), asyncio.sleep(0, 'b')); print(r)
    loop = asyncio.get_running_loop(); fut = loop.create_future(); loop.call_soon(fut.set_result, 42); print(await fut)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0)); tg.create_task(boom())
    except* ValueError as eg: print('group', [str(e) for e in eg.exceptions])
async def boom(): raise ValueError('bad')
asyncio.run(go())
class Shape(typing.Protocol):
    def area(self) -> float: ...
@typing.runtime_checkable
class HasLen(typing.Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), typing.Literal['a', 'b'], typing.Final[int], typing.Annotated[int, 'meta'])
def g(x: 'int | None' = None) -> list[int]: ...
print(typing.get_type_hints(g), g.__annotations__)
P = typing.ParamSpec('P'); R = typing.TypeVar('R')
def deco(f: typing.Callable[P, R]) -> typing.Callable[P, R]: return f
print(P, R, typing.Generic[R])
class Stack(typing.Generic[R]):
    def __init__(self): self.items: list[R] = []
print(Stack[int], Stack[int]().items)
class Status(enum.StrEnum):
    OK = enum.auto(); FAIL = enum.auto()
class Pri(enum.IntEnum):
    LOW = 1; HIGH = 2
print(Status.OK, repr(Status.FAIL), Pri.HIGH > Pri.LOW, Pri(1).name, sorted([Pri.HIGH, Pri.LOW]), Pri.HIGH + 1, list(Status))
class Flag(enum.Flag):
    A = enum.auto(); B = enum.auto(); C = enum.auto()
print(Flag.A | Flag.C, list(Flag.A | Flag.B), Flag(0), bool(Flag(0)), Flag.A in (Flag.A | Flag.B), ~Flag.A)
class Reg(cabc.MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Reg(); r['a'] = 1; r.update(b=2); print(dict(r), r.get('z', 0), r.setdefault('c', 3), r.pop('a'), list(r.items()), isinstance(r, cabc.Mapping))
scores = [('bob', 72), ('ann', 91), ('cat', 85)]
s2 = sorted(scores, key=lambda t: t[1]); print(bisect.bisect_left(s2, 85, key=lambda t: t[1]), heapq.nlargest(2, scores, key=lambda t: t[1]))
grades = 'FDCBA'; print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
print(calendar.HTMLCalendar().formatmonth(2024, 1)[:120])
print(calendar.monthcalendar(2024, 2)[0], calendar.Calendar().itermonthdates(2024, 2).__next__(), calendar.timegm((2024, 1, 1, 0, 0, 0)))
d0 = datetime.datetime(2024, 1, 31, 23, 59, 59, 999999); print(d0 + datetime.timedelta(microseconds=1), d0.timestamp() if d0.tzinfo else 'naive', f'{d0:%Y/%m/%d %I:%M %p}', d0.date().toordinal())
class Cfg:
    def __init__(self): self.items = [1]; self.name = 'x'
    def __copy__(self): n = Cfg.__new__(Cfg); n.__dict__.update(self.__dict__); n.name += '-copy'; return n
    def __deepcopy__(self, memo): n = Cfg(); n.items = copy.deepcopy(self.items, memo); n.name = 'deep'; return n
a = Cfg(); b = copy.copy(a); cc = copy.deepcopy(a); print(b.name, b.items is a.items, cc.name, cc.items is a.items)
class Obs: pass
o = Obs(); w = weakref.ref(o); ws = weakref.WeakValueDictionary(); ws['k'] = o; print(w() is o, len(ws)); del o; print(w(), len(ws))
fin = []
class Res:
    def __init__(self, n): self.n = n; weakref.finalize(self, fin.append, n)
x = Res(1); del x; print(fin)
print(string.Template('${a}$$').substitute(a=1), '{:%}'.format(0.256), '{:e}'.format(12345.678), '{:g}'.format(1e-7), format(1234567.891, ',.2f'), format(255, '#010b'), '{:^10.3s}|'.format('abcdef'))
print(f"{'nested':>{10}}", f'{3.14159:.{3}f}', f'{12:x} {12:o} {12:c}', '%5.1f%%' % 12.345, '%-6s|%06d' % ('ab', 42), '%r %a' % ('é', 'é'))
print(textwrap.wrap('a-very-long-hyphenated-word-that-needs-breaking here', 12), textwrap.fill('x ' * 5, 4, initial_indent='* ', subsequent_indent='  '))
print(json.dumps([decimal.Decimal('1.1')], default=str), json.dumps({'f': fractions.Fraction(1, 3)}, default=float), json.dumps('é'), json.dumps('é', ensure_ascii=False), json.loads('[1e400, -0.0, 1E2]'))
print(statistics.median_grouped([1, 2, 2, 3, 4]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.variance([decimal.Decimal('0.5'), decimal.Decimal('0.75'), decimal.Decimal('1')]))
