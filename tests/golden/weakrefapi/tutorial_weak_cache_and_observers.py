# A script in the style of a memory tutorial, written without looking at refpy.
import weakref, gc, sys
class Cache:
    def __init__(self): self._d = weakref.WeakValueDictionary()
    def get(self, k, factory):
        v = self._d.get(k)
        if v is None:
            v = factory(k); self._d[k] = v
        return v
class Img:
    def __init__(self, k): self.k = k
    def __repr__(self): return f"Img({self.k})"
c = Cache()
a = c.get('x', Img); b = c.get('x', Img)
print(a is b, len(c._d), sorted(c._d.keys()))
del a, b
print(len(c._d))
class Obs:
    def __init__(self): self.cbs = weakref.WeakSet()
o = Obs()
class L:
    def __call__(self): pass
l1, l2 = L(), L()
o.cbs.add(l1); o.cbs.add(l2)
print(len(o.cbs)); del l1; print(len(o.cbs))
r = weakref.ref(l2)
print(r() is l2, r == weakref.ref(l2), hash(r) == hash(l2))
m = weakref.WeakMethod(o.__init__)
print(m() is not None)
def cb(ref): print('dead', ref is r2)
class T: pass
t = T(); r2 = weakref.ref(t, cb)
del t
print(weakref.getweakrefcount(l2))
fin = weakref.finalize(l2, print, 'l2 finalized')
print(fin.peek()[1:], fin.atexit)
del l2
print('end')
