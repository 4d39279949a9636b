# KeyedRef and other weakref subclasses with __slots__: values live in the reference
# itself (no __dict__), are traversed and cleared by the collector, released on death.
import gc
import sys
import weakref


class Obj:
    pass


def cb(r):
    print("callback", type(r).__name__)


o = Obj()
k = weakref.KeyedRef(o, cb, "k1")
print(k.key, type(k).__name__, sys.getsizeof(k))
print(hasattr(k, "__dict__"), "key" in dir(k))
try:
    k.__dict__
except AttributeError as e:
    print("AttributeError:", e)
k.key = "k2"
print(k.key)
del k.key
try:
    k.key
except AttributeError as e:
    print("AttributeError:", e)
try:
    del k.key
except AttributeError as e:
    print("AttributeError:", e)
try:
    k.other = 1
except AttributeError as e:
    print("AttributeError:", e)
k.key = "k3"
print(getattr(k, "key"), getattr(k, "missing", "dflt"))
print(k() is o, k.__callback__ is cb)


# A slot value is released with its reference, before the callback.
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def loud_cb_factory():
    holder = Loud("callback-holder")

    def loud_cb(r):
        print("never: referent outlives the ref")

    loud_cb.holder = holder
    return loud_cb


o2 = Obj()
k2 = weakref.KeyedRef(o2, loud_cb_factory(), Loud("key"))
print("drop ref")
del k2
print("dropped")


# A reference cycle through a slot: the collector finds it.
class Sub(weakref.ref):
    __slots__ = ("a", "b")


gc.collect()
o3 = Obj()
s = Sub(o3)
s.a = [s]
s.b = Loud("b-slot")
print(s.a[0] is s, type(s).__slots__)
del s
print("collected", gc.collect())


# A subclass without __slots__ keeps a __dict__.
class WithDict(weakref.ref):
    pass


w = WithDict(o3)
w.x = 5
print(w.x, w.__dict__)


# WeakValueDictionary: the stored KeyedRefs carry their keys.
d = weakref.WeakValueDictionary()
objs = [Obj() for _ in range(5)]
for i, ob in enumerate(objs):
    d[i] = ob
print(sorted(r.key for r in d.valuerefs()))
del objs[1::2]
print(sorted(d.keys()), len(d))


# gc counts of storing values: one KeyedRef each (no dict per ref).
gc.collect()
d2 = weakref.WeakValueDictionary()
keep = [Obj() for _ in range(20)]
d2[-1] = keep[-1]
out = []
for i in range(12):
    c0 = gc.get_count()[0]
    d2[i] = keep[i]
    out.append(gc.get_count()[0] - c0)
print(out)
out = []
for i in range(12):
    c0 = gc.get_count()[0]
    r = weakref.KeyedRef(keep[i], cb, i)
    out.append(gc.get_count()[0] - c0)
    del r
print(out)
refs = [weakref.KeyedRef(keep[i], cb, (i,)) for i in range(3)]
print([sys.getrefcount(r.key) for r in refs])
print(len(gc.get_referents(refs[0])))
