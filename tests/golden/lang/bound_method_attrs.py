def f(self, a=1, *, k=2):
    "doc of f"
    return a
f.attr = 5
f.__dict__['other'] = 'o'
class A:
    m = f
    def g(self): pass
    @classmethod
    def c(cls): pass
a = A()
m = a.m
print(m.attr, m.other, getattr(m, 'missing', 'default'), m.__doc__, m.__name__, m.__qualname__)
print(m.__defaults__, m.__kwdefaults__, m.__code__.co_name, m.__dict__, m.__module__)
print(m.__globals__ is globals(), m.__closure__, m.__annotations__)
print(A.c.__func__.__name__, hasattr(A.c, 'attr'), hasattr(a.g, '__wrapped__'))
try:
    m.attr = 6
except AttributeError as e:
    print(e)
try:
    m.nothing
except AttributeError as e:
    print(e)
try:
    a.g.nothing
except AttributeError as e:
    print(e)
print(sorted(set(dir(m)) - set(dir(f)))[:5])
print(m.__class__.__name__, type(m.__repr__).__name__, m.__hash__() == hash(m))
import functools
@functools.lru_cache
def h(self): return 1
class B:
    h = h
print(B().h.cache_info())
