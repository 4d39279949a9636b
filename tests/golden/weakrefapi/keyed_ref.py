# weakref.KeyedRef: a ref subclass with a key slot, never shared with other refs.
import weakref, sys, gc
class C: pass
c = C()
cb = lambda r: print("cb key", r.key, r() is None)
r = weakref.KeyedRef(c, cb, "k1")
print(r.key, r() is c, isinstance(r, weakref.ref), type(r).__name__, weakref.getweakrefcount(c))
r2 = weakref.KeyedRef(c, None, ("t", 1))
print(r2.key, r2 is r, weakref.getweakrefcount(c))
print(sys.getsizeof(r) > 0)
try: weakref.KeyedRef(c, None)
except TypeError as e: print("TE")
del c
print(r(), r2(), r.key)
