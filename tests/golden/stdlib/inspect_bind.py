# Signature.bind / bind_partial, BoundArguments and their errors; getcallargs, getfullargspec.
import inspect, functools


def f(a, /, b, *c, d=1, **e): pass
def h(a, b, c=3, *, d): pass
def kw(a=1, /, **kw): pass
def star(*args, **kwargs): pass


for fn, calls in [(f, [((1, 2), {}), ((1,), {'b': 2, 'z': 3}), ((), {'a': 1}), ((1, 2, 3, 4), {'d': 5}), ((1,), {}),
                       ((1, 2), {'b': 3}), ((1, 2), {'e': 1})]),
                  (h, [((1, 2), {}), ((1,), {'b': 2, 'z': 3}), ((1, 2, 3, 4), {'d': 5}), ((1,), {'a': 2}), ((), {'d': 1}),
                       ((1, 2), {'d': 1}), ((1, 2, 3), {'d': 1, 'c': 3}), ((), {'b': 1, 'd': 2}), ((), {})]),
                  (kw, [((), {'a': 2}), ((5,), {'a': 2}), ((), {})]),
                  (star, [((1, 2), {'x': 3}), ((), {})])]:
    s = inspect.signature(fn)
    print('--', fn.__name__, s)
    for args, kwargs in calls:
        for meth in (s.bind, s.bind_partial):
            try:
                ba = meth(*args, **kwargs)
                print(meth.__name__, ba, ba.args, ba.kwargs, ba.signature is s)
                ba.apply_defaults()
                print('  defaults', ba, ba.arguments)
            except TypeError as e:
                print(meth.__name__, type(e).__name__, e)

s = inspect.signature(h)
b1 = s.bind(1, 2, d=4)
b2 = s.bind(1, b=2, d=4)
print(b1 == b2, b1 == s.bind(1, 2, d=5), b1 != 3, type(b1.arguments).__name__)
b1.arguments['c'] = 10
print(b1, b1.args, b1.kwargs)
print(inspect.signature(f).bind(1, 2, 3, x=1).arguments)
print(inspect.signature(functools.partial(h, 1)).bind(2, d=3))
try:
    inspect.signature(h).bind(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)


def g(x, y, /, z=1): pass
def k(*, only): pass


class C:
    def m(self, x, y=1): pass

    @classmethod
    def cm(cls, q): pass


for fn in [f, g, h, k, C.m, C().m, C.cm, lambda *a: 0, functools.partial(h, 1), len, C, 1]:
    try:
        print(inspect.getfullargspec(fn))
    except TypeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
calls = [(f, (1,), {'b': 3}), (h, (1, 2, 3), {}), (h, (1,), {'a': 2}), (h, (), {'q': 1}), (h, (), {}),
         (g, (1, 2, 3, 4), {}), (g, (1,), {}), (k, (), {}), (k, (1,), {'only': 2}), (h, (1,), {}),
         (C().m, (1,), {}), (C().m, (), {}), (C.m, (1, 2, 3, 4), {}), (k, (1, 2), {}), (g, (1, 2), {'z': 3, 'w': 1}),
         (lambda a, b, c: 0, (), {}), (lambda a=1: 0, (1, 2), {}), (lambda a, b=1, *, c, d: 0, (1, 2, 3), {'c': 1}),
         (lambda a, *, c: 0, (1, 2), {'c': 1}), (lambda a, *r, k=1, **kw: 0, (1, 2, 3), {'k': 2, 'z': 0}),
         (lambda *, a, b, c: 0, (), {})]
for fn, a, kwargs in calls:
    try:
        got = inspect.getcallargs(fn, *a, **kwargs)
        print(sorted((k, v) for k, v in got.items() if k != 'self'))
    except TypeError as e:
        print(type(e).__name__, e)
