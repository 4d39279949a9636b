import functools
from functools import lru_cache, singledispatch, singledispatchmethod, cached_property, reduce, partial, wraps, total_ordering, cache

@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
print([fib(n) for n in range(16)], fib.cache_info())
@lru_cache(maxsize=2, typed=True)
def sq(x):
    print("compute", x); return x * x
sq(2); sq(2.0); sq(2); sq(3); sq(2.0); print(sq.cache_info(), sq.cache_parameters())
@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(10), fact.cache_info())
print(fib.__wrapped__(5), fib.__name__)

@singledispatch
def fun(arg, verbose=False):
    print("Let me just say,", arg)
@fun.register
def _(arg: int, verbose=False):
    print("Strength in numbers, eh?", arg)
@fun.register(list)
def _(arg, verbose=False):
    for i, elem in enumerate(arg):
        print(i, elem)
fun("Hello"); fun(42); fun([3, 4]); fun(True); fun(1.5)
print(fun.dispatch(float).__name__, fun.dispatch(bool) is fun.registry[int], sorted(t.__name__ for t in fun.registry))

class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
    @singledispatchmethod
    @classmethod
    def cneg(cls, arg):
        return "generic"
    @cneg.register
    @classmethod
    def _(cls, arg: str):
        return arg[::-1]
n = Negator(); print(n.neg(5), n.neg(True), Negator.cneg("abc"), Negator.cneg(3))
try:
    n.neg(1.5)
except NotImplementedError as e:
    print(e)

class Dataset:
    def __init__(self, seq):
        self._data = tuple(seq)
    @cached_property
    def stdev(self):
        print("computing")
        return sum(self._data) / len(self._data)
d = Dataset([1, 2, 3]); print(d.stdev, d.stdev, d.__dict__)
del d.stdev; print(d.stdev)
print(Dataset.stdev.__class__.__name__, Dataset.stdev.attrname)
class Slotted:
    __slots__ = ('a',)
    @cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print(e)
print(reduce(lambda x, y: x + y, [1, 2, 3, 4, 5]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
basetwo = partial(int, base=2); basetwo.__doc__ = "x"
print(basetwo("10010"), repr(basetwo), basetwo.func, basetwo.args, basetwo.keywords)
p2 = partial(partial(max, 1), 5); print(p2(3), repr(p2))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def greet(name):
    """Say hi."""
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
pm = functools.partialmethod
class Cell:
    def set_state(self, s): self.s = s
    set_alive = pm(set_state, True)
c = Cell(); c.set_alive(); print(c.s)
