# Callbacks of weak references to objects the collector frees run newest first, as when
# the object dies by its count: CPython puts each callback ref at the head of the list.
# (difftest: gc_bound_closure_cycles)
import gc
import weakref


class K:
    def __init__(self, name):
        self.name = name

    def m(self):
        return self.name


gc.collect()
k = K('k')
k.me = k
wr1 = weakref.ref(k, lambda r: print('cb wr1'))
wr2 = weakref.ref(k, lambda r: print('cb wr2'))
plain = weakref.ref(k)
wr3 = weakref.ref(k, lambda r: print('cb wr3'))
del k
print('collect', gc.collect())

k = K('closure')


def mk(o):
    def f():
        return o.name
    o.f = f


mk(k)
k.cb = k.m
wa = weakref.ref(k, lambda r: print('cb wa'))
wb = weakref.ref(k, lambda r: print('cb wb'))
del k
print('collect', gc.collect())

k = K('counted')
wc = weakref.ref(k, lambda r: print('cb wc'))
wd = weakref.ref(k, lambda r: print('cb wd'))
del k
print('end')
