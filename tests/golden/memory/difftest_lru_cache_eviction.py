# A full bounded lru_cache reuses its oldest link for the new call: the old entry
# leaves the cache, the new one goes in, then the old key dies before the old result
# (bounded_lru_cache_wrapper). cache_clear() and the cache's death release each
# entry's key, then its result, oldest use first.
# Found by scripts/difftest (rel_functools_holders).
import functools


class D:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __hash__(self):
        return hash(self.name)

    def __del__(self):
        print('del', self.name)


@functools.lru_cache(maxsize=2)
def f(x, *rest):
    return D('r' + x.name)


keep = D('k')
f(keep)
f(D('a'))
print('--')
f(D('b'))
print('--')
f(keep)
f(D('c'), 1)
print('--')
print(f.cache_info())
f.cache_clear()
print('--')


@functools.lru_cache(maxsize=1, typed=True)
def g(x):
    return D('r' + x.name)


g(D('t1'))
g(D('t2'))
print('--')
del g
print('--')


@functools.lru_cache(maxsize=None)
def h(x):
    return D('r' + x.name)


h(D('u1'))
h(D('u2'))
h.cache_clear()
print('end')
