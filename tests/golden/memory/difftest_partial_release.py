# functools.partial releases its function, then its arguments, then its keywords, then its
# __dict__ (`partial_clear`'s order); flattening partial(partial(f, a), b) shares the
# function. (difftest: rel_collections)
import copy
import functools


class D:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __call__(self, *args, **kw):
        return len(args) + len(kw)

    def __del__(self):
        print('del', self.name)


def fn(*a, **k):
    return len(a) + len(k)


p = functools.partial(fn, D('a1'), D('a2'), kw=D('k1'), kw2=D('k2'))
p2 = functools.partial(p, D('a3'), kw3=D('k3'))
print(p2(), p2.func is fn, p2.args, sorted(p2.keywords))
p2.attr = D('attr')
del p
print('--')
del p2
print('--')
q = functools.partial(D('f'), D('g'), k=D('h'))
print(q())
del q
print('--')
r = copy.copy(functools.partial(D('cf'), D('ca'), x=D('cx')))
print(r.args, r.keywords, r())
del r
print('--')

# a partial in a cycle is one object (with its args tuple) for the collector
import gc


class K:
    def m(self):
        pass


gc.collect()
k = K()
k.p = functools.partial(K.m, k)
del k
print('collected', gc.collect())
k = K()
k.p = functools.partial(K.m, k, 1, x=[2])
del k
print('collected', gc.collect())
print('end')
