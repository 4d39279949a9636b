import functools
from functools import lru_cache, cache, partial, partialmethod, reduce, wraps, cached_property

@lru_cache(maxsize=3)
def square(n):
    print("computing", n)
    return n * n

for n in [1, 2, 1, 3, 4, 1, 2]:
    square(n)
print(square.cache_info())
print(square.cache_parameters())
square.cache_clear()
print(square.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__

print(ident(1), ident(1.0), ident(True), ident.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print(fib.__wrapped__(10) if False else fib.__name__, hasattr(fib, "__wrapped__"))

@lru_cache
def no_parens(x):
    return x

print(no_parens(5), no_parens.cache_info())
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

p = partial(power, exp=2)
print(p(7), p.func.__name__, p.args, p.keywords)
print(repr(partial(power, 2, mod=5)).replace(hex(id(power)), "ID").split(" at ")[0])
pp = partial(partial(power, 3), mod=7)
print(pp(4), pp.args, pp.keywords, pp.func is power)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)

c = Cell()
c.set_alive()
print(c.alive)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print("TypeError:", e)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@logged
def greet(name):
    "Say hi."
    return "hi " + name

print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet("x"))

class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def total(self):
        print("summing")
        return sum(self.xs)

d = Data([1, 2, 3])
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
