# KeyedRef keeps its key in a __slots__ member: set by __new__ (straight into the slot
# for KeyedRef itself), through a subclass's __setattr__ or its own `key` descriptor
# when it has one; the key's reference count and the ref's callback as in CPython.
import gc
import sys
import weakref
from weakref import KeyedRef


class Obj:
    pass


o = Obj()
key = object()
before = sys.getrefcount(key)
r = KeyedRef(o, None, key)
print(r.key is key, sys.getrefcount(key) - before, r() is o)
del r
print(sys.getrefcount(key) == before)

r = KeyedRef(o, None, "k")
r.key = "other"
print(r.key)
try:
    KeyedRef(o, None)
except TypeError as e:
    print("TypeError:", e)
try:
    r.nothere = 1
except AttributeError as e:
    print("AttributeError:", e)


class Logged(KeyedRef):
    __slots__ = ()

    def __setattr__(self, name, value):
        print("Logged.__setattr__", name, value)
        super().__setattr__(name, value)


r2 = Logged(o, None, "logged-key")
print(r2.key)


class Prop(KeyedRef):
    __slots__ = ("_k",)

    @property
    def key(self):
        return "prop:" + self._k

    @key.setter
    def key(self, value):
        print("Prop.key setter", value)
        self._k = value


r3 = Prop(o, None, "p")
print(r3.key)


class Again(KeyedRef):
    __slots__ = ("extra",)


r4 = Again(o, None, "again")
r4.extra = 5
print(r4.key, r4.extra)

# WeakValueDictionary stores KeyedRefs: removal by key when the value dies.
d = weakref.WeakValueDictionary()
objs = [Obj() for _ in range(5)]
for i, x in enumerate(objs):
    d["k%d" % i] = x
print(sorted(d.keys()))
print(sorted(wr.key for wr in d.valuerefs()))
del objs[1], x
gc.collect()
print(sorted(d.keys()))

died = []
r5 = KeyedRef(Obj(), lambda ref: died.append(ref.key), "gone")
print(died)
