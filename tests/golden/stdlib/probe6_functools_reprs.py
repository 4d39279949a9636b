import functools
from functools import partial, lru_cache, singledispatch, reduce, cached_property, wraps

def area(w, h, *, unit="m"):
    return f"{w * h}{unit}"

p = partial(area, 3, unit="cm")
print(repr(p).replace(repr(area), "AREA"))
print(p(4), p.func is area, p.args, p.keywords, type(p).__name__, type(p).__module__)
print(repr(partial(partial(area, 1), 2)).replace(repr(area), "AREA"))
print(repr(partial(int, "10", base=2)), repr(partial(max)), partial(int, "10", base=2)())
print(repr(partial(str.upper)), partial(dict, a=1)(b=2))

@lru_cache(maxsize=32)
def f(x):
    return x

print(type(f).__name__, repr(f).startswith("<functools._lru_cache_wrapper object at"), f.__name__, f.__qualname__, f.__module__)
print(f(1), f.cache_info(), type(f.cache_info()).__name__, f.cache_info()._fields, f.cache_info().hits)
print(f.cache_parameters(), lru_cache(maxsize=-5)(abs).cache_info(), lru_cache(maxsize=0)(abs)(-3))
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)

@singledispatch
def show(x):
    return "default"

@show.register
def _(x: int | float):
    return "number"

@show.register(list | tuple)
def _(x):
    return "seq"

print(show(1), show(2.5), show([1]), show((1,)), show("s"), show(True))
print(type(show.registry).__name__, len(show.registry))
try:
    @show.register
    def _(x: "str"):
        return "s"
except TypeError as e:
    print("TypeError:", str(e)[:70])
print(show.dispatch(bool).__name__ == "_", show.__name__, show.__wrapped__.__name__, hasattr(show, "register"))
try:
    reduce(None, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a + b, [1, "x"])
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda a, b: b, range(5)), reduce(lambda a, b: a, [], "init"))

class K:
    @cached_property
    def v(self):
        return 1

print(repr(K.__dict__["v"]).startswith("<functools.cached_property object at"), K().v)
try:
    cached_property(lambda s: 1).__get__(K(), K)
except TypeError as e:
    print("TypeError:", e)

class NoDict:
    __slots__ = ("a",)
    @cached_property
    def v(self):
        return 1

try:
    NoDict().v
except TypeError as e:
    print("TypeError:", e)
