# functools: update_wrapper and wraps with default and custom assigned/updated tuples,
# missing attributes, __dict__ merging, __wrapped__ chains and what wraps() returns.
import functools
from functools import update_wrapper, wraps, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, functools.__all__)


def original(a: int, b: str = 'x') -> bool:
    """Original doc."""
    return True


original.tag = 'kept'
original.__wrapped__ = 'old value'


def wrapper(*args, **kwargs):
    """Wrapper doc."""
    return original(*args, **kwargs)


result = update_wrapper(wrapper, original)
print(result is wrapper, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__)
print(wrapper.__annotations__, wrapper.tag, wrapper.__wrapped__ is original)


def w2():
    pass


update_wrapper(w2, original, assigned=('__doc__',), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, 'tag'), w2.__wrapped__ is original)


def w3():
    pass


w3.extra = {'a': 1}
source = lambda: None
source.extra = {'b': 2}
update_wrapper(w3, source, assigned=(), updated=('extra',))
print(w3.extra, w3.__name__)


class Callable:
    def __call__(self):
        return 'called'


obj = Callable()


def w4():
    pass


update_wrapper(w4, obj)
print(w4.__name__, w4.__doc__, w4.__module__, w4.__wrapped__ is obj)


def w5():
    pass


update_wrapper(w5, len)
print(w5.__name__, w5.__qualname__, w5.__module__, w5.__doc__ == len.__doc__)
try:
    update_wrapper(w5, original, updated=('missing_attr',))
except AttributeError as e:
    print('AttributeError', e)
try:
    update_wrapper(5, original)
except AttributeError as e:
    print('AttributeError', e)

deco = wraps(original)
print(type(deco).__name__, deco.func is update_wrapper, deco.args, sorted(deco.keywords))


def layers(f):
    @wraps(f)
    def inner(*a):
        return ('layer', f(*a))
    return inner


@layers
@layers
def base(x):
    """Base."""
    return x


print(base(1), base.__name__, base.__doc__, base.__wrapped__.__wrapped__.__name__,
      base.__wrapped__ is not base.__wrapped__.__wrapped__)


@wraps(original, assigned=('__name__',), updated=())
def renamed():
    """mine"""


print(renamed.__name__, renamed.__doc__, renamed.__qualname__, renamed.__wrapped__ is original)


class Meth:
    @functools.wraps(original)
    def m(self):
        return 'm'


print(Meth().m(), Meth.m.__name__, Meth.__dict__['original']() if 'original' in Meth.__dict__ else 'no key')
