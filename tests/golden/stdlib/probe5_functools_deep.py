import functools
from functools import lru_cache, reduce, partial, singledispatch, total_ordering, cached_property, wraps, cmp_to_key
@lru_cache(maxsize=2, typed=True)
def sq(x):
    print('compute', repr(x))
    return x * x
sq(2); sq(2.0); sq(2); sq(3); sq(2.0)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
print(sq.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@functools.cache
def f(a, b=1):
    return a + b
print(f(1), f(1, b=1), f(1, 1), f.cache_info())
try:
    lru_cache(maxsize='x')
except TypeError as e:
    print(e)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(operator_add := (lambda a, b: a + b), [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
try:
    reduce(1, [1, 2])
except TypeError as e:
    print(e)
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords, repr(p))
p2 = partial(p, '111'); print(p2(), repr(p2))
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(1)
except TypeError as e:
    print(e)
@singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register
def _(x: int):
    return 'int %d' % x
@show.register(list)
def _(x):
    return 'list of %d' % len(x)
@show.register
def _(x: str | bytes):
    return 'text ' + repr(x)
print(show(1), show(True), show([1, 2]), show('a'), show(b'b'), show(1.5))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
try:
    @show.register
    def _(x):
        pass
except TypeError as e:
    import re
    print(re.sub('0x[0-9a-f]+', 'ADDR', str(e)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'V(%r)' % self.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1), V(2)]))
try:
    @total_ordering
    class N: pass
except ValueError as e:
    print(e)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C(); print(c.val, c.val, c.n, c.__dict__)
del c.val; print(c.val)
print(C.val.__class__.__name__, C.val.attrname)
class S:
    __slots__ = ('x',)
    @cached_property
    def y(self): return 1
try:
    S().y
except TypeError as e:
    print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def hello(name):
    """Greets."""
    return 'hi ' + name
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello('x'))
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
class M:
    @functools.partialmethod
    def nothing(self): pass
    def set(self, v, k): return (v, k)
    setk = functools.partialmethod(set, k='K')
print(M().setk(1))
