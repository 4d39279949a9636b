# functools.partial allocates itself before its arguments tuple and keeps the call's
# keyword dict (partial_new): the collector's lists follow that order, so objects the
# partial holds are finalized arguments first, keywords second when a collection frees
# them (at interpreter exit, a module-level partial's are).
# Found by scripts/difftest (exit_48_62, exit_48_142).
import functools
import gc


class E:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'E(%s)' % self.name

    def __del__(self):
        print('del', self.name)


def f(*args, **kw):
    return len(args), sorted(kw)


gc.collect()
p = functools.partial(f, E('a1'), k=E('k1'))
cycle = [p]
cycle.append(cycle)
del p, cycle
print('collected', gc.collect())

p = functools.partial(functools.partial(f, E('a2'), k=E('k2')), E('b2'), j=E('j2'))
print(p(), len(p.args), sorted(p.keywords))
cycle = [p]
cycle.append(cycle)
del p, cycle
print('collected', gc.collect())

kw = {'sep': E('k3')}
p = functools.partial(print, E('a3'), **kw)
print(p.keywords is kw, p.keywords == kw)
del kw
print('--')

q = functools.partial(print, E('a4'), sep=E('k4'))
r = functools.partial(f, E('a5'), E('b5'), x=E('k5'), y=E('j5'))
print('end')
