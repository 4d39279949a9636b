import functools, sys, re
def clean(s): return re.sub(r'0x[0-9a-f]+', 'ADDR', s)
@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@functools.lru_cache(maxsize=None, typed=False)
def u(x): return x
u(1); u(1.0); u(True); print(u.cache_info(), u.cache_parameters())
@functools.lru_cache(maxsize=-5)
def n(x): return x
print(n.cache_parameters())
try:
    u([1])
except TypeError as e:
    print('TypeError', e)
class K:
    @functools.lru_cache
    def meth(self, x):
        return x * 2
k = K(); print(k.meth(2), k.meth(2), K.meth.cache_info())
print(clean(repr(functools.partial(max, key=len))), functools.partial(max, 1)(5), functools.partial(functools.partial(max, 1), 2)(0), functools.partial(max, 1).args)
p = functools.partial(dict, a=1); print(p(b=2), p(a=3))
print(functools.reduce(lambda a, b: a + b, ['a', 'b', 'c']), functools.reduce(max, [3, 9, 2], 0), functools.reduce(lambda a, b: a * b, [], 1))
def f(a, b, *args, c=3, **kw):
    'doc of f'
    return a
w = functools.update_wrapper(lambda *a: None, f)
print(w.__name__, w.__doc__, w.__wrapped__ is f, w.__module__, w.__qualname__)
print(sorted(functools.WRAPPER_ASSIGNMENTS), functools.WRAPPER_UPDATES)
class Vec:
    def __init__(self, *c): self.c = c
    __eq__ = lambda s, o: s.c == o.c
    def __lt__(self, o): return self.c < o.c if isinstance(o, Vec) else NotImplemented
Vec = functools.total_ordering(Vec)
print(Vec(1) > Vec(0), Vec(1) >= Vec(1), Vec(0) <= Vec(1), Vec.__gt__.__name__ if hasattr(Vec.__gt__, '__name__') else '')
try:
    Vec(1) < 5
except TypeError as e:
    print('TypeError', e)
@functools.singledispatch
def area(shape):
    raise NotImplementedError(f'unknown shape {type(shape).__name__}')
class Sq:
    def __init__(self, s): self.s = s
class Ci:
    def __init__(self, r): self.r = r
@area.register
def _(shape: Sq): return shape.s ** 2
@area.register(Ci)
def _(shape): return round(3.14159 * shape.r ** 2, 2)
print(area(Sq(3)), area(Ci(1)))
try:
    area(5)
except NotImplementedError as e:
    print('NotImplementedError', e)
area.register(int, lambda x: x * 10)
print(area(5), area(True), area.dispatch(bool) is area.dispatch(int))
import collections.abc
@functools.singledispatch
def describe(x): return 'thing'
@describe.register
def _(x: collections.abc.Sequence): return 'sequence'
@describe.register
def _(x: collections.abc.Mapping): return 'mapping'
print(describe([1]), describe('s'), describe({}), describe(5), describe(range(3)))
try:
    @describe.register
    def _(x: 'notatype'): pass
except (TypeError, NameError) as e:
    print('TypeError', clean(str(e)))
def outer():
    @functools.cache
    def inner(n): return n
    return inner
i = outer(); i(1); i(2); i(1); print(i.cache_info())
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(5))
try:
    hash(functools.cmp_to_key(lambda a, b: 0)(1))
except TypeError as e:
    print('TypeError', e)
class Temp:
    def __init__(self): self._c = 0
    @functools.cached_property
    def val(self):
        self._c += 1
        return self._c
t = Temp(); t.val; t.val = 99; print(t.val, t._c); del t.val; print(t.val)
try:
    class Bad:
        @functools.cached_property
        def a(self): return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    functools.cached_property(lambda s: 1).__get__(Temp())
except TypeError as e:
    print('TypeError', e)
