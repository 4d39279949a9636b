# getclosurevars, generator/coroutine states and locals, getattr_static, getmembers,
# unwrap, get_annotations, formatannotation, getargs, classify_class_attrs.
import inspect, functools, types

G = 10


def closure_maker():
    x = 1
    y = []

    def inner(p):
        return x + G + len(y) + p.attr + undefined_name + True
    return inner


cv = inspect.getclosurevars(closure_maker())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound), type(cv).__name__, cv._fields)


class WithMethod:
    def m(self):
        return G


print(inspect.getclosurevars(WithMethod().m).globals)
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print(type(e).__name__, e)


def gen():
    v = 1
    yield v
    v = 2
    yield inspect.getgeneratorstate(gi)


gi = gen()
print(inspect.getgeneratorstate(gi), inspect.getgeneratorlocals(gi))
next(gi)
print(inspect.getgeneratorstate(gi), inspect.getgeneratorlocals(gi))
print(next(gi))
gi.close()
print(inspect.getgeneratorstate(gi), inspect.getgeneratorlocals(gi))
g2 = gen()
print(list(g2) == [1, 'GEN_RUNNING'] or 'other', inspect.getgeneratorstate(g2))
try:
    inspect.getgeneratorlocals(1)
except TypeError as e:
    print(type(e).__name__, e)


async def co():
    pass


c = co()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))


class Desc:
    def __get__(self, obj, typ=None): return 'desc'


class DataDesc:
    def __get__(self, obj, typ=None): return 'data'
    def __set__(self, obj, v): pass


class Meta(type):
    meta_attr = 'M'


class Base(metaclass=Meta):
    base_attr = 'b'
    d = Desc()
    dd = DataDesc()

    @property
    def p(self): return 1

    def __getattr__(self, name): return 'dynamic'


class Child(Base):
    child_attr = 'c'


obj = Child()
obj.__dict__['d'] = 'inst d'
obj.__dict__['dd'] = 'inst dd'
obj.x = 5
for name in ['x', 'd', 'dd', 'base_attr', 'child_attr', 'p', 'meta_attr', 'missing']:
    try:
        v = inspect.getattr_static(obj, name)
        print(name, repr(v) if isinstance(v, (int, str)) else type(v).__name__)
    except AttributeError as e:
        print(name, type(e).__name__, e)
print(inspect.getattr_static(Child, 'meta_attr'), inspect.getattr_static(obj, 'missing', 'dflt'), getattr(obj, 'missing'))
print(type(inspect.getattr_static(Child, 'd')).__name__, inspect.getattr_static(Child, 'base_attr'))


class M:
    a = 1
    _priv = 2

    def meth(self): pass

    @property
    def pr(self): return 3

    @classmethod
    def cmeth(cls): pass

    @staticmethod
    def smeth(): pass


print([n for n, v in inspect.getmembers(M) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(M, inspect.isfunction)])
print([n for n, v in inspect.getmembers(M, inspect.ismethod)])
print([(n, v) for n, v in inspect.getmembers(M()) if not n.startswith('__') and not callable(v)])
print([n for n, v in inspect.getmembers_static(M) if not n.startswith('__')])
print([(n, type(v).__name__) for n, v in inspect.getmembers_static(M) if n in ('cmeth', 'smeth', 'pr')])
ns = types.SimpleNamespace(b=1, a=2)
print([(n, v) for n, v in inspect.getmembers(ns) if not n.startswith('_')])
print([n for n, v in inspect.getmembers(inspect, inspect.isclass) if n in ('Parameter', 'Signature', 'FrameInfo')])
for a in inspect.classify_class_attrs(M):
    if not a.name.startswith('__'):
        print(a.name, a.kind, a.defining_class.__name__)


def w0(): pass
@functools.wraps(w0)
def w1(): pass
@functools.wraps(w1)
def w2(): pass


print(inspect.unwrap(w2) is w0, inspect.unwrap(w2, stop=lambda f: f is w1) is w1, inspect.unwrap(len) is len)


class Loop:
    def __repr__(self): return '<Loop>'


lp = Loop()
lp.__wrapped__ = lp
try:
    inspect.unwrap(lp)
except ValueError as e:
    print(type(e).__name__, e)
lp.__wrapped__ = None
print(inspect.unwrap(lp))


def ann(a: int, b: 'str') -> 'float': pass


print(inspect.get_annotations(ann), inspect.get_annotations(ann, eval_str=True))
print(inspect.get_annotations(ann) is not ann.__annotations__)


class AnnC:
    x: int
    y: 'list'


print(inspect.get_annotations(AnnC), inspect.get_annotations(AnnC, eval_str=True), inspect.get_annotations(M))
try:
    inspect.get_annotations(1)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation(inspect.Parameter),
      inspect.formatannotation('x'), inspect.formatannotation(None), inspect.formatannotation(M, '__main__'))


def spec(a, b=2, *args, c, d=4, **kw): pass


print(inspect.getargs(spec.__code__))
try:
    inspect.getargs(spec)
except TypeError as e:
    print(type(e).__name__, str(e)[:15], str(e)[-20:])
print(inspect.formatargvalues(['a', 'b'], 'rest', None, {'a': 1, 'b': 'x', 'rest': (2,)}))
print([c[0].__name__ for c in inspect.getclasstree([bool, int])[0:1]])
c.close()
del gi, g2, c
