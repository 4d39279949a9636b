from functools import partial, reduce, wraps, update_wrapper, WRAPPER_ASSIGNMENTS
import functools


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square(3, exp=3))
two_to = partial(power, 2)
print(two_to(10), two_to.func is power, two_to.args, two_to.keywords)
print(repr(partial(max, 1, 2, key=abs)))
nested = partial(partial(max, 1), 2, key=abs)
print(repr(nested), nested.args, nested(-5))
print(type(square).__name__, callable(square))
try:
    square.func = min
except AttributeError as e:
    print(type(e).__name__, e)
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
square.note = "attr"
print(square.note, partial(square, 3).func is square)


class P(partial):
    pass


print(repr(P(max, 1)))

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda a, b: a + b, ["x"]))
print(reduce(lambda a, b: a + [b], "abc", []))
for args in [(), (max,), (max, [], None, 1)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reduce(max, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(max, 5)
except TypeError as e:
    print(type(e).__name__, e)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner


@deco
def documented(x):
    """Documented function."""
    return x + 1


documented_raw = documented.__wrapped__
print(documented(1), documented.__name__, documented.__doc__, documented.__qualname__)
print(documented_raw.__name__, documented.__module__)


def source():
    pass


source.extra = 42


def target():
    pass


update_wrapper(target, source)
print(target.__name__, target.extra, target.__wrapped__ is source)
print(WRAPPER_ASSIGNMENTS)
print(sorted(n for n in functools.__all__ if not n.startswith("_"))[:5])
