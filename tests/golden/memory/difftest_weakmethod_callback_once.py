# A WeakMethod dies with its object or with its function, whichever goes first; its
# callback runs once, for the first.
# Found by scripts/difftest (weakref_3_1, weakref_3_11 of wr_keyed_weakmethod).
import gc
import weakref


class K:
    def __init__(self, name):
        self.name = name

    def m(self):
        return 'm of ' + self.name

    def __del__(self):
        print('del', self.name)


o = K('o')
wm = weakref.WeakMethod(o.m, lambda r: print('wm callback', r() is None))
wm2 = weakref.WeakMethod(o.m)
print(wm()(), wm == wm2)
del K.m
print('function gone', wm(), wm == wm2, wm == wm)
del o
print('object gone')
gc.collect()
print('end')
