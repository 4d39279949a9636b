# functools: partial (reprs, flattening, errors, state, sizes), partialmethod,
# lru_cache keys and statistics, cmp_to_key's K, reduce's messages, total_ordering from
# each root, singledispatch with unions and annotations, cached_property errors.
import copy
import functools
import re
import gc
import pickle
import sys
from functools import (partial, partialmethod, lru_cache, cache, cmp_to_key, reduce,
                       total_ordering, singledispatch, singledispatchmethod, cached_property)


def err(f):
    try:
        r = f()
    except Exception as e:
        return re.sub(' at 0x[0-9a-f]+', '', '%s: %s' % (type(e).__name__, e))
    return 'ok %r' % (r,)


def f3(a, b, c=0, *, d=1):
    return (a, b, c, d)


# ---- partial
p = partial(f3, 1, d=5)
print(p(2), p(2, 3, d=7), p.args, p.keywords, p.func is f3)
q = partial(p, 9, c=4)
print(q.func is f3, q.args, q.keywords, q())
p.attr = 1
r = partial(p, 2)
print(r.func is p, r.args, r())           # not flattened: p has attributes now
print(repr(partial(len)), repr(partial(max, 1, key=abs)).replace(repr(abs), 'abs').replace(repr(max), 'max'))
selfref = partial(print)
selfref.__setstate__((print, (selfref,), {}, None))
print(repr(selfref).replace(repr(print), 'print'))


class Part(partial):
    pass


print(repr(Part(len, 'x')).replace(repr(len), 'len'), Part(len)('ab'), type(partial(Part(len))).__name__)
for bad in [lambda: partial(), lambda: partial(1), lambda: partial(func=len),
            lambda: setattr(p, 'args', ()), lambda: delattr(p, 'func'),
            lambda: p.__setstate__(()), lambda: p.__setstate__((len, [], {}, None)),
            lambda: p.__setstate__((1, (), {}, None)), lambda: p.__setstate__((len, (), 5, None))]:
    print(err(bad))
s = partial(f3, 1, 2, c=3)
s.note = 'n'
t = pickle.loads(pickle.dumps(s))
print(t(), t.note, s.__reduce__()[0] is partial, s.__reduce__()[2][1:])
s.__setstate__((f3, (7, 8), None, None))
print(s(), s.keywords, vars(s))
print(sys.getsizeof(partial(len)), gc.is_tracked(partial(len)), partial[int])


# ---- partialmethod
class Cell:
    def __init__(self):
        self.v = 0

    def set(self, value, scale=1):
        self.v = value * scale
        return self

    set_one = partialmethod(set, 1)
    set_two_scaled = partialmethod(set, 2, scale=10)

    @classmethod
    def make(cls, n):
        return (cls.__name__, n)

    make5 = partialmethod(make, 5)

    @staticmethod
    def stat(a, b):
        return a - b

    stat10 = partialmethod(stat, 10)
    again = partialmethod(set_two_scaled, scale=3)


c = Cell()
print(c.set_one().v, c.set_two_scaled().v, c.again().v, Cell.make5(), c.make5(), c.stat10(4))
print(repr(Cell.__dict__['set_one']).split(' at ')[0], Cell.__dict__['again'].args,
      Cell.__dict__['again'].keywords)
print(err(lambda: partialmethod(5)), Cell.__dict__['set_one'].__isabstractmethod__)
print(type(Cell.__dict__['make5'].__get__(None, Cell)).__name__, type(c.set_one).__name__)

# ---- lru_cache
calls = []


@lru_cache(maxsize=3)
def ident(*args, **kw):
    calls.append((args, kw))
    return len(calls)


print(ident(1), ident(1.0), ident(True), ident('a'), ident(a=1, b=2), ident(b=2, a=1), ident(1, a=1))
print(ident.cache_info(), ident.cache_parameters())
print(ident('a'), ident(b=2, a=1), ident(1), ident.cache_info())
info = ident.cache_info()
print(info._fields, info._asdict(), info._replace(hits=0), type(info).__module__, type(info).__qualname__)
print(type(ident).__name__, type(ident).__module__, ident.__wrapped__.__name__, ident.__name__)
print(copy.copy(ident) is ident, copy.deepcopy(ident) is ident, ident.__reduce__())
print(sys.getsizeof(ident) > 0, gc.is_tracked(ident), err(lambda: ident([])), err(lambda: ident(x={})))


@lru_cache(maxsize=None, typed=True)
def typed(x, y=0):
    return (type(x).__name__, y)


print(typed(1), typed(1.0), typed(1, y=2), typed(1, y=2.0), typed.cache_info())


@cache
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(50), depth.cache_info(), depth.cache_parameters())
depth.cache_clear()
print(depth.cache_info())
for arg in ['x', 1.5, [1], -1, 0, None]:
    try:
        g = lru_cache(arg)
        print(repr(arg), type(g).__name__, g(len).cache_parameters() if callable(g) else '')
    except TypeError as e:
        print(repr(arg), 'TypeError', e)
print(err(lambda: lru_cache(len, typed=1)))


class Holder:
    @lru_cache
    def m(self, k):
        return k * 2


h = Holder()
print(h.m(2), h.m(2), type(h.m).__name__, h.m.__func__ is Holder.__dict__['m'], Holder.m.cache_info())

# ---- cmp_to_key
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K).__module__, K(3).obj, K(obj=4).obj, K(1) < K(2), K(2) >= K(2), K(1) == K(1))
for bad in [lambda: K(), lambda: K(1, 2), lambda: K(1, obj=2), lambda: K(x=1), lambda: K(obj=1, y=2),
            lambda: K(1) < 2, lambda: K(1) == 1, lambda: K.obj]:
    print(err(bad))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sys.getsizeof(K(1)) > 0)

# ---- reduce
for args, kw in [((), {}), ((max,), {}), ((max, [1]), {'initial': 0}), ((max, 5), {}),
                 ((max, []), {}), ((max, [], None), {}), ((max, [1, 5, 2]), {}),
                 ((lambda a, b: a + b, 'abc', '>'), {}), ((max, [1], 2, 3), {})]:
    print(err(lambda: reduce(*args, **kw)))


# ---- total_ordering from each root
def ordered(root):
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v if isinstance(o, type(self)) else NotImplemented}
    ops = {'__lt__': lambda s, o: s.v < o.v, '__le__': lambda s, o: s.v <= o.v,
           '__gt__': lambda s, o: s.v > o.v, '__ge__': lambda s, o: s.v >= o.v}
    ns[root] = ops[root]
    return total_ordering(type('T' + root.strip('_'), (), ns))


for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    T = ordered(root)
    a, b = T(1), T(2)
    print(root, [k for k in vars(T) if k.startswith('__') and k[2:4] in ('lt', 'le', 'gt', 'ge')],
          [(x < y, x <= y, x > y, x >= y) for x, y in [(a, b), (b, a), (a, T(1))]],
          [getattr(T, op).__qualname__ for op in ('__lt__', '__le__', '__gt__', '__ge__')])


@total_ordering
class Both:
    def __lt__(self, other):
        return NotImplemented

    def __gt__(self, other):
        return True


print(Both.__le__.__qualname__, Both.__ge__.__qualname__, err(lambda: Both() <= Both()))
print(err(lambda: total_ordering(type('E', (), {}))))


# ---- singledispatch
@singledispatch
def kind(x):
    return 'object'


@kind.register
def _(x: int | float):
    return 'number'


@kind.register(list)
@kind.register(tuple)
def _(x):
    return 'sequence'


kind.register(str | bytes, lambda x: 'text')
print(kind(1), kind(2.5), kind(True), kind([]), kind(()), kind('s'), kind(b'b'), kind({}), kind(None))
print(type(kind.registry).__name__, len(kind.registry), kind.dispatch(bool) is kind.registry[int],
      kind.__name__, kind.__wrapped__.__name__)
import collections.abc
kind.register(collections.abc.Mapping, lambda x: 'mapping')
print(kind({}), kind(collections.OrderedDict()) if hasattr(collections, 'OrderedDict') else '')
for bad in [lambda: kind(), lambda: kind.register(5), lambda: kind.register(list[int], len),
            lambda: kind.register(lambda x: 0)]:
    print(err(bad))


def annotated_bad(x: list[int]):
    pass


def union_bad(x: int | list[int]):
    pass


print(err(lambda: kind.register(annotated_bad)), err(lambda: kind.register(union_bad)))
kind._clear_cache()


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return 'default %s' % type(arg).__name__

    @area.register
    def _(self, arg: int):
        return 'int %d' % arg

    @singledispatchmethod
    @classmethod
    def build(cls, arg):
        return (cls.__name__, 'any')

    @build.register(str)
    @classmethod
    def _(cls, arg):
        return (cls.__name__, 'str')


print(Shape().area(3), Shape().area('x'), Shape.build(1), Shape.build('s'), Shape().area.__name__)
print(err(lambda: singledispatchmethod(5)))


# ---- cached_property
class Lazy:
    @cached_property
    def value(self):
        """The value."""
        print('computing')
        return 42


z = Lazy()
print(z.value, z.value, vars(z), Lazy.value.__doc__, Lazy.value.attrname, Lazy.value.func.__name__)
z.value = 1
print(z.value, cached_property[int])


class Frozen:
    __slots__ = ('a',)
    v = cached_property(lambda self: 1)


class NoSet:
    def __getattribute__(self, name):
        if name == '__dict__':
            return __import__('types').MappingProxyType({})
        return object.__getattribute__(self, name)

    w = cached_property(lambda self: 2)


print(err(lambda: Frozen().v), err(lambda: NoSet().w))
loose = cached_property(lambda self: 3)
print(err(lambda: loose.__get__(Lazy(), Lazy)))
