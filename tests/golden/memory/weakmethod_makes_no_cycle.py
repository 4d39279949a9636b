# A WeakMethod and the refs it keeps make no reference cycle: nothing is left for the
# collector once it and its object are gone, and its callback still runs once.
import gc
import weakref
class W:
    def __init__(self, name):
        self.name = name
    def m(self):
        return 'm:' + self.name
    def __del__(self):
        print('del', self.name)
gc.collect()
def run():
    o = W('w1')
    wm = weakref.WeakMethod(o.m, lambda r: print('callback', r() is None))
    print(wm()(), wm() == o.m, wm == weakref.WeakMethod(o.m))
    del o
    print(wm())
run()
print('collected', gc.collect())
o2 = W('w2')
wm2 = weakref.WeakMethod(o2.m)
wm3 = weakref.WeakMethod(o2.m)
print(wm2 == wm3, wm2 != wm3, hash(wm2) == hash(wm3))
del wm2, wm3
print('collected', gc.collect())
