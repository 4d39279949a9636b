import functools
from functools import lru_cache, partial, reduce, wraps, total_ordering, cached_property, singledispatch

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)

print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20))

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), square.func.__name__, square.keywords)
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 100))

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {args} {kwargs}")
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b=2):
    """Add two numbers."""
    return a + b

print(add(1, b=5), add.__name__, add.__doc__, add.__wrapped__.__name__)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10")]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area, c.area)
print("area" in c.__dict__)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))
print(type(functools.cmp_to_key(lambda a, b: b - a)).__name__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
