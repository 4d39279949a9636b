from functools import lru_cache, cache, cached_property


@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)
print(isinstance(info, tuple), tuple(info))
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())
print(sq.__name__, sq.__wrapped__(5))


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(maxsize=-5)
def negative(x):
    return x


negative(1)
print(negative.cache_info())


@lru_cache()
def kw(a, b=0):
    return a + b


print(kw(1, b=2), kw(1, b=2), kw(a=1, b=2), kw.cache_info())
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    lru_cache("x")
except TypeError as e:
    print(type(e).__name__, e)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r

    @lru_cache(maxsize=None)
    def scaled(self, k):
        return self.r * k


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)
print(c.scaled(3), c.scaled(3), Circle.scaled.cache_info())


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print(type(e).__name__, e)
