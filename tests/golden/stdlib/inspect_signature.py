# inspect.signature over every kind of callable: str(), repr(), parameters, errors.
import inspect, functools


def f(a, /, b, *c, d=1, **e): pass
def g(a: int, b: 'str' = 'x', *, c: list[int] = None) -> dict: pass
lam = lambda x, y=2: x


class C:
    def m(self, x, y=1): pass

    @classmethod
    def cm(cls, a): pass

    @staticmethod
    def sm(a, b): pass

    def __call__(self, q): pass


class D:
    def __init__(self, a, b=2): pass


class E:
    def __new__(cls, z): return super().__new__(cls)


class F: pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper


@deco
def wrapped(p, q=3): pass


def h(a, b, c=3, *, d): pass
async def co(x): pass
def gen(): yield


class L(list): pass


class O:
    def __init__(self, *a): pass


class M(type): pass


class N(int): pass


class Meta(type):
    def __call__(cls, x, y=1): pass


class WithMeta(metaclass=Meta): pass


class Both:
    def __new__(cls, a, b): pass
    def __init__(self, a, b, c): pass


class Sub(Both):
    def __init__(self, q): pass


class Sig:
    __signature__ = inspect.Signature([inspect.Parameter('zz', inspect.Parameter.KEYWORD_ONLY)])
    def __call__(self): pass


def badsig(): pass
badsig.__signature__ = 5
def nonesig(a): pass
nonesig.__signature__ = None


class Call:
    def __call__(self, a, *, b): pass


class KwCall:
    def __call__(*, b): pass


class StarCall:
    def __call__(*args): pass


objs = [('f', f), ('g', g), ('lambda', lam), ('C.m', C.m), ('C().m', C().m), ('C.cm', C.cm), ('C.sm', C.sm),
        ('C()', C()), ('D', D), ('E', E), ('F', F), ('wrapped', wrapped), ('co', co), ('gen', gen),
        ('partial f 1 2 3', functools.partial(f, 1, 2, 3)), ('partial g b=', functools.partial(g, b='y')),
        ('partial h b=', functools.partial(h, b=1)), ('partial h 1 d=', functools.partial(h, 1, d=5)),
        ('partial of partial', functools.partial(functools.partial(h, 1), 2)),
        ('partial bad', functools.partial(h, 1, 2, 3, 4)), ('partial of method', functools.partial(C().m, 5)),
        ('len', len), ('print', print), ('sorted', sorted), ('int', int), ('object', object), ('type', type),
        ('list.append', list.append), ('[].append', [].append), ('str.join', str.join), ("'-'.join", '-'.join),
        ('dict.fromkeys', dict.fromkeys), ('raw fromkeys', dict.__dict__['fromkeys']), ('list.index', list.index),
        ('dict.pop', dict.pop), ('globals', globals), ('__import__', __import__), ('int.bit_length', int.bit_length),
        ('(1).bit_length', (1).bit_length), ('list', list), ('tuple', tuple), ('float', float), ('complex', complex),
        ('bool', bool), ('max', max), ('iter', iter), ('1', 1), ('None', None),
        ('L', L), ('O', O), ('O()', O()), ('M', M), ('N', N), ('Meta', Meta), ('WithMeta', WithMeta),
        ('Both', Both), ('Sub', Sub), ('Sig', Sig), ('Sig()', Sig()), ('badsig', badsig), ('nonesig', nonesig),
        ('Call()', Call()), ('KwCall()', KwCall()), ('StarCall()', StarCall()), ('staticmethod(f)', staticmethod(f))]
for name, obj in objs:
    try:
        s = inspect.signature(obj)
        print(name, '|', repr(s), '|', list(s.parameters), s.return_annotation)
    except Exception as e:
        msg = str(e)
        print(name, '|', type(e).__name__, msg if ' at 0x' not in msg else msg[:msg.index(' at 0x')])
print(inspect.signature(wrapped, follow_wrapped=False))
print(inspect.Signature.from_callable(wrapped), inspect.Signature.from_callable(wrapped, follow_wrapped=False))

P = inspect.Parameter
s = inspect.signature(g)
for p in s.parameters.values():
    print(repr(p), str(p), p.name, p.kind, repr(p.kind), p.kind.description, p.default, p.annotation)
print(P.empty, inspect.Signature.empty, P.empty is inspect._empty, P.POSITIONAL_ONLY < P.KEYWORD_ONLY, int(P.VAR_KEYWORD))
print([str(k) for k in P.POSITIONAL_ONLY.__class__], P.KEYWORD_ONLY == 3)
print(s == inspect.signature(g), s != inspect.signature(f), hash(s) == hash(inspect.signature(g)))
print(s.replace(return_annotation=inspect.Signature.empty), s.replace(parameters=[]))
print(s.parameters['b'].replace(name='bb', default=None, annotation=inspect.Parameter.empty))
print(s.parameters['b'].replace(kind=P.KEYWORD_ONLY).kind)
print(P('x', P.KEYWORD_ONLY) == P('x', P.KEYWORD_ONLY), P('x', P.KEYWORD_ONLY) == P('x', P.POSITIONAL_ONLY))
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_ONLY)]))
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=1)]))
print(inspect.Signature([P('a', P.VAR_POSITIONAL), P('b', P.KEYWORD_ONLY)]))
print(inspect.Signature([P('a', P.KEYWORD_ONLY, annotation=int, default=3)], return_annotation='X'))
print(inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, annotation=list[str])], return_annotation=inspect.Parameter))
print(repr(inspect.Signature()), repr(inspect.Signature(return_annotation=None)))
for params in [(P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_OR_KEYWORD)),
               (P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.KEYWORD_ONLY)),
               (P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)),
               (P('a', P.VAR_KEYWORD), P('b', P.VAR_POSITIONAL)),
               (P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY))]:
    try:
        print(inspect.Signature(params))
    except ValueError as e:
        print(type(e).__name__, e)
for args, kw in [(('a', 5), {}), (('for', 1), {}), (('for', 0), {}), (('a', 4), {'default': 1}), (('a', 2), {'default': 1}),
                 ((1, 1), {}), (('.0', 1), {}), (('.0', 0), {}), (('1a', 1), {}), (('a', 'x'), {}), ((), {})]:
    try:
        print(repr(P(*args, **kw)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    inspect.signature(badsig)
except TypeError as e:
    print(type(e).__name__, e)
