# functools: caching, partials and dispatch
import functools

@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

print(fact(10), fact.cache_info())

def power(base, exponent):
    return base ** exponent

square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
print(square(7), cube(3), square.func.__name__, square.keywords, square.args)
print(repr(functools.partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))

print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%s)" % ".".join(map(str, self.parts))

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10")]
print(sorted(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))

@functools.singledispatch
def describe(obj):
    return "something"

@describe.register
def _(obj: int):
    return "an int"

@describe.register(list)
def _(obj):
    return "a list of %d" % len(obj)

print(describe(3), describe([1, 2]), describe("x"), describe(True))

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, "area" in vars(c))
print(sorted(["b", "A", "c", "D"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
