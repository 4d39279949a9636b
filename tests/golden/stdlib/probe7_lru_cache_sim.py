from collections import OrderedDict
from functools import lru_cache, cache, wraps
import functools

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return -1

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"

c = LRUCache(2)
c.put(1, "one"); c.put(2, "two")
print(c.get(1))
c.put(3, "three")
print(c.get(2), c.get(3), c)
c.put(4, "four")
print(c, c.hits, c.misses)

@lru_cache(maxsize=3)
def slow_square(n):
    print(f"  computing {n}")
    return n * n

for n in [1, 2, 1, 3, 4, 1, 2]:
    print(n, slow_square(n))
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        arg_str = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = func(*args, **kwargs)
        print(f"{func.__name__}({arg_str}) = {result!r}")
        return result
    return wrapper

@logged
def greet(name, greeting="Hello"):
    """Greet someone."""
    return f"{greeting}, {name}!"

greet("World")
greet("Bob", greeting="Hi")
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
p = functools.partial(greet, greeting="Yo")
print(p("Al"), p.func.__name__, p.keywords, p.args)
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))

class Temp:
    def __init__(self, c):
        self.c = c
    @functools.cached_property
    def f(self):
        print("  converting")
        return self.c * 9 / 5 + 32
t = Temp(100)
print(t.f, t.f, t.__dict__)

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("2.0") <= Version("1.0"))
