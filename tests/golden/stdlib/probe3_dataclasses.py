import dataclasses, enum, typing, contextlib, textwrap, string, pprint, json, csv, io, logging, sys
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, repr=False)
    def total(self, n): return self.price * n
@dataclass(frozen=True, slots=True)
class Pt:
    x: int
    y: int = 0
i = Item('pen', 1.5, ['a']); print(i, asdict(i), astuple(i), replace(i, price=2), [f.name for f in fields(Item)], Item('a') < Item('b'))
p = Pt(1); print(p, hash(p) == hash(Pt(1)), p.__slots__)
try: p.x = 5
except dataclasses.FrozenInstanceError as e: print('Frozen', e)
try: Item()
except TypeError as e: print(e)
@dataclass
class Inv:
    items: typing.List[Item] = field(default_factory=list)
    def __post_init__(self): self.count = len(self.items)
print(Inv([i]), Inv().count, dataclasses.is_dataclass(Inv))
class Color(enum.Enum):
    RED = 1; GREEN = 2; BLUE = 3
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
class St(str, enum.Enum):
    A = 'a'
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), Color.RED.name, Color.RED.value, len(Color))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R in Perm(6), St.A, St.A == 'a', f'{St.A}', f'{Color.RED}')
Auto = enum.Enum('Auto', 'ONE TWO'); print(list(Auto), Auto.TWO.value)
@enum.unique
class U(enum.Enum):
    a = enum.auto(); b = enum.auto()
print(U.b.value, U.__members__.keys())
try: Color(9)
except ValueError as e: print(e)
T = typing.TypeVar('T')
def first(xs: typing.Sequence[T]) -> T: return xs[0]
print(typing.get_type_hints(first), typing.Optional[int], typing.Union[int, str], typing.Dict[str, typing.List[int]], typing.Callable[[int], str])
class Movie(typing.TypedDict):
    title: str
    year: int
print(Movie(title='x', year=1), Movie.__annotations__, typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, int]))
class NT(typing.NamedTuple):
    a: int
    b: str = 'z'
print(NT(1), NT._fields, NT.__annotations__)
@contextlib.contextmanager
def tag(n):
    print('<%s>' % n); yield n; print('</%s>' % n)
with tag('b') as t: print('in', t)
with contextlib.suppress(KeyError): {}['x']
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print('hidden')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for n in 'xy': st.enter_context(tag(n))
    st.callback(print, 'cb')
print(textwrap.fill('The quick brown fox jumps over the lazy dog ' * 3, width=30))
print(textwrap.dedent('''\
    a
      b
    c'''), textwrap.shorten('Hello world, this is long', width=15), textwrap.indent('a\nb', '> '))
tpl = string.Template('$who likes ${what}'); print(tpl.substitute(who='tim', what='kung pao'), tpl.safe_substitute(who='x'))
print(string.ascii_letters[:5], string.punctuation, string.capwords('hello   world'), '{0:>8}|{1:<6}|{2:^7}'.format('a', 'b', 'c'))
print(string.Formatter().format('{x:05d}', x=42))
data = {'name': 'x', 'list': list(range(20)), 'nested': {'a': [1, {'b': 2}], 'c': 'y' * 30}}
pprint.pprint(data, width=50); print(pprint.pformat(data, depth=1), pprint.isreadable(data))
s = json.dumps(data, indent=2, sort_keys=True); print(s[:60]); print(json.loads(s) == data, json.dumps({'a': 1.0, 'b': None, 'c': [True]}, separators=(',', ':')))
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print(e, e.pos)
class Enc(json.JSONEncoder):
    def default(self, o): return list(o) if isinstance(o, set) else super().default(o)
print(json.dumps({'s': {1}}, cls=Enc))
out = io.StringIO(); w = csv.writer(out); w.writerow(['a', 'b,c', 'd"e']); w.writerows([[1, 2, 3]]); print(repr(out.getvalue()))
r = list(csv.DictReader(io.StringIO('name,age\nann,30\nbob,25\n'))); print(r)
out = io.StringIO(); dw = csv.DictWriter(out, fieldnames=['x', 'y']); dw.writeheader(); dw.writerow({'x': 1, 'y': 2}); print(repr(out.getvalue()))
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('app'); log.info('started %d', 5); log.debug('dbg'); log.warning('warn'); log.getChild('sub').error('child')
try: 1 / 0
except ZeroDivisionError: log.exception('boom')
