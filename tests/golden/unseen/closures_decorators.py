import functools
import time

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
c(); c(); print(c(10), c.__closure__[0].cell_contents)

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def greet(name):
    return f"hi {name}"
print(greet("x"), greet.__name__)

def retry(exceptions, tries=3):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(1, tries + 1):
                try:
                    return fn(*a)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError("gave up")
        return wrapper
    return deco

calls = {"n": 0}
@retry(ValueError)
def flaky():
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"n={calls['n']}")
    return "ok"
print(flaky())

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def slow_sq(n):
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq.cache)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def hello():
    return "hello"
hello(); hello()
print(hello.calls, hello.__name__)
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
funcs2 = [lambda x: x + i for i in range(3)]
print([f(10) for f in funcs2])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())
def add_method(cls):
    cls.extra = lambda self: "extra!"
    return cls
@add_method
class K: pass
print(K().extra())
def debug(fn):
    def w(*args, **kwargs):
        r = fn(*args, **kwargs)
        a = ", ".join([repr(x) for x in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{fn.__name__}({a}) -> {r!r}")
        return r
    return w
@debug
def mul(a, b=1): return a * b
mul(3, b="x"); mul(2.5)
print(greet.__wrapped__("raw"), type(greet.__wrapped__).__name__)
