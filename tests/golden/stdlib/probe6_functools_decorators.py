# Decorator tutorial: timing-free memoize, retry, registry, wraps metadata.
import functools

def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_add(a, b):
    "Add two numbers slowly."
    print(f"adding {a}+{b}")
    return a + b

print(slow_add(1, 2), slow_add(1, 2), slow_add.cache, slow_add.__doc__, slow_add.__qualname__)

def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return func(*a, **k)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts")
        return wrapper
    return deco

counter = iter(range(10))

@retry(3)
def flaky():
    n = next(counter)
    if n < 2:
        raise ValueError(f"n={n}")
    return n

print(flaky())

@retry(2)
def always():
    raise ValueError("nope")

try:
    always()
except RuntimeError as e:
    print("RuntimeError:", e)

PLUGINS = {}
def register(name=None):
    def deco(func):
        PLUGINS[name or func.__name__] = func
        return func
    return deco

@register()
def alpha(): return "a"
@register("b")
def beta(): return "b"
print(sorted(PLUGINS), PLUGINS["b"]())

def plain(x, y=2):
    """doc"""
    return x + y
plain.custom = "attr"
w = functools.update_wrapper(lambda *a: plain(*a), plain)
print(w.__name__, w.__doc__, w.custom, w.__wrapped__ is plain, w(1))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def hello(name):
    return f"hello {name}"

print(hello("a"), hello("b"), hello.calls, hello.__name__)
add3 = functools.partial(lambda a, b, c: a + b + c, 1)
print(add3(2, 3), add3(b=5, c=6), functools.partial(add3, 10)(20))
try:
    functools.partial()
except TypeError as e:
    print("TypeError:", e)
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
lc = functools.lru_cache(maxsize=2)(lambda x: x * 2)
print(lc(1), lc(2), lc(3), lc(1), lc.cache_info())
