import functools, typing, collections.abc
from functools import singledispatch, lru_cache, cached_property, partial
@singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int | float): return f"number {x}"
@show.register
def _(x: typing.Union[list, tuple]): return f"seq len {len(x)}"
@show.register(collections.abc.Mapping)
def _(x): return f"mapping {sorted(x)}"
print(show(1), show(2.5), show([1]), show((1, 2)), show({"b": 1, "a": 2}), show("s"), show(None))
try:
    @show.register
    def _(x): return 1
except TypeError as e:
    print(str(e).split(" at 0x")[0])
try:
    @show.register
    def _(x: "int"): return 1
except TypeError as e:
    print(str(e).split(" at 0x")[0])
try:
    show()
except TypeError as e:
    print(str(e).split(" at 0x")[0])
@lru_cache
def f(a, b=1, *, c=2): print("run", a, b, c); return a + b + c
f(1); f(1); f(1, 1); f(a=1); f(1, c=2); print(f.cache_info())
@lru_cache(maxsize=None)
def g(x): return x
g(1); g(1); print(g.cache_info(), g.cache_parameters())
try:
    @lru_cache(maxsize="x")
    def h(): pass
except TypeError as e:
    print(str(e).split(" at 0x")[0])
try:
    f([1])
except TypeError as e:
    print(str(e).split(" at 0x")[0])
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing area"); return 3 * self.r ** 2
    @functools.cache
    def perimeter(self): return 6 * self.r
c = Circle(2); print(c.area, c.area, c.perimeter(), c.perimeter(), Circle.perimeter.cache_info().hits)
c.area = 99; print(c.area)
try:
    class Twice:
        @cached_property
        def a(self): return 1
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(Circle(1))
except TypeError as e:
    print(str(e).split(" at 0x")[0])
p = partial(print, "a", sep="-"); p("b"); print(p.func is print, p.args, p.keywords, repr(partial(Circle, r=3)))
try:
    partial()
except TypeError as e:
    print(str(e).split(" at 0x")[0])
try:
    partial(1)
except TypeError as e:
    print(str(e).split(" at 0x")[0])
print(functools.reduce(lambda acc, x: acc * x, range(1, 6)), functools.reduce(max, [3, 9, 2]), functools.reduce(lambda a, b: a + [b], [1, 2], []))
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.p < o.p
    def __repr__(self): return f"Ver{self.p}"
print(sorted([Ver(1, 2), Ver(1, 0), Ver(0, 9)]), Ver(1) >= Ver(0), Ver(2) <= Ver(1))
try:
    Ver(1) < 3
except TypeError as e:
    print(str(e).split(" at 0x")[0])
try:
    @functools.total_ordering
    class NoOrd: pass
except ValueError as e:
    print(str(e).split(" at 0x")[0])
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def a(): "doc a"
def b(): pass
b.__dict__["extra"] = 1
functools.update_wrapper(b, a); print(b.__name__, b.__doc__, b.__wrapped__ is a)
