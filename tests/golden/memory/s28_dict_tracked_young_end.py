# A dict is made untracked (PyDict_New) and is in no collector list until a container
# goes in (MAINTAIN_TRACKING); _PyObject_GC_TRACK then appends it to generation 0, after
# everything allocated meanwhile. The collector's list order shows in gc.get_objects(0),
# and in the order a collection (and the interpreter's exit) finalizes objects.
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def young_order(*objs):
    ids = {id(o): label for label, o in objs}
    return [ids[id(o)] for o in gc.get_objects(0) if id(o) in ids]


gc.collect()
a = D("a")
cache = {}
b = D("b")
cache["b"] = b
print(young_order(("a", a), ("cache", cache), ("b", b)))

gc.collect()
atoms = {"x": 1, "y": "s"}
c = D("c")
print("atoms tracked:", gc.is_tracked(atoms))
atoms["c"] = c
print("after a container:", gc.is_tracked(atoms), young_order(("atoms", atoms), ("c", c)))

gc.collect()
fk = dict.fromkeys("pq")
e = D("e")
fk.setdefault("e", e)
made = dict(k=1)
f = D("f")
made.update(f=f)
print(young_order(("fk", fk), ("e", e), ("made", made), ("f", f)))


def kwargs_dict(**kw):
    g = D("g")
    kw["g"] = g
    return young_order(("kw", kw), ("g", g))


print(kwargs_dict(one=1))

# Release order in a collection: each cycle's objects finalize in list order.
gc.collect()
ring = {}
h = D("h")
ring["self"] = ring
ring["h"] = h
i = D("i")
i.ring = ring
del h, i, ring
print("collected:", gc.collect())

# At exit: an untracked dict that became tracked after the objects it holds.
keep = {}
k1 = D("k1")
keep[k1] = D("rk1")
keep[D("k2")] = D("rk2")
print("end")
