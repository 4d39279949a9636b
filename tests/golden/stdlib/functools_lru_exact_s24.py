# functools.lru_cache as CPython's C implementation behaves: a key's __hash__ runs
# once per call, a bounded cache holds its keys twice (dict and link), results and
# keys die in CPython's order on eviction, cache_clear() and when the wrapper goes.
import functools
import sys


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        print("eq", self.n)
        return self.n == other.n

    def __del__(self):
        print("del K", self.n)


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del R", self.n)


@functools.lru_cache(maxsize=2)
def bounded(k, *, extra=0):
    return R(k.n * 10 + extra)


@functools.cache
def unbounded(k):
    return R(k.n * 100)


for fn in (bounded, unbounded):
    print("-- miss")
    fn(K(1))
    print("-- hit")
    fn(K(1))
    print("-- miss 2")
    fn(K(2))
    print("-- miss 3")
    fn(K(3))
    print("-- keyword")
    if fn is bounded:
        fn(K(1), extra=5)
    print(fn.cache_info())

print("-- clear bounded")
bounded.cache_clear()
print("-- clear unbounded")
unbounded.cache_clear()

# Reference counts: a str key is held by the dict and by its link.
s = "".join(["key", "-", "string"])
before = sys.getrefcount(s)


@functools.lru_cache(maxsize=4)
def ident(x):
    return [x]


r = ident(s)
print(sys.getrefcount(s) - before, sys.getrefcount(r))
r2 = ident(s)
print(r is r2, sys.getrefcount(s) - before, sys.getrefcount(r))
ident.cache_clear()
print(sys.getrefcount(s) - before, sys.getrefcount(r))
del r, r2


# When the wrapper dies: an unbounded cache's entries first, a bounded cache's last
# (after the wrapped function and the wrapper's attributes).
def make(maxsize):
    marker = R(-1)

    @functools.lru_cache(maxsize=maxsize)
    def f(n):
        marker
        return R(n)

    return f


for maxsize in (None, 3):
    print("-- wrapper dies, maxsize", maxsize)
    f = make(maxsize)
    f(1), f(2), f(1)
    del f
print("end")
