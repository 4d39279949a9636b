# An untracked dict (empty, or holding only atoms) is in no generation list. When a
# container goes in (MAINTAIN_TRACKING), _PyObject_GC_TRACK puts it at the young end of
# generation 0, however many collections it survived untracked: a collection of
# generation 0 then sees it, and it is the youngest object.
import gc

def where(o):
    return [g for g in range(3) if any(x is o for x in gc.get_objects(g))]

d = {}
gc.collect()
d['self'] = d
print(where(d), gc.is_tracked(d))
del d
print("collect(0) of a dict tracked after a full collection:", gc.collect(0))

e = {'a': 1}
gc.collect(0)
print(where(e), gc.is_tracked(e))
e['b'] = e
print(where(e), gc.is_tracked(e))
del e
print(gc.collect(0), gc.collect())

f = {}
gc.collect(0)
gc.collect(1)
g = []
f[1] = []
print(gc.get_objects(0)[-1] is f, where(f))
f[2] = f
del f
print(gc.collect(0))

class C:
    pass
c = C()
c.__dict__
gc.collect()
print(where(c.__dict__), gc.is_tracked(c.__dict__))
c.x = [c]
print(where(c.__dict__), gc.is_tracked(c.__dict__))
del c
print(gc.collect(0))

# A dict emptied again stays tracked until a full collection untracks it.
h = {'k': []}
del h['k']
gc.collect(1)
print(where(h), gc.is_tracked(h))
gc.collect()
print(where(h), gc.is_tracked(h))
h['v'] = (1, [])
print(where(h), gc.is_tracked(h))

# dict.update, setdefault and fromkeys track the same way.
for make in (lambda d: d.update({1: []}), lambda d: d.setdefault(2, [3]),
             lambda d: d.__setitem__((1, 2), [])):
    k = {}
    gc.collect()
    make(k)
    print(where(k), gc.is_tracked(k))
