# functools.lru_cache and friends
import functools
import sys

@functools.lru_cache(maxsize=3)
def square(n):
    print("computing", n)
    return n * n

for n in [1, 2, 1, 3, 4, 1, 2]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
print(square.cache_parameters(), square.__wrapped__.__name__, square.__name__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())

@functools.lru_cache
def plain(a, b=2):
    return a + b
print(plain(1), plain(1, b=2), plain(a=1), plain(1, 2), plain.cache_info())

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)

p = functools.partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords, repr(p))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [], 0))

@functools.total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(1))

def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented():
    "Docstring here."
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)

@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list"
print(describe(1), describe([]), describe("s"), describe(True))
print(sorted(functools.cmp_to_key(lambda a, b: b - a)(x).obj for x in [3, 1, 2]))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
