# An exact dict is untracked when made; it joins generation 0 at its young end when it
# becomes tracked, after everything allocated meanwhile, also when the list was
# compacted (or objects died) in between.
import gc

gc.disable()
gc.collect()


class Tag:
    def __init__(self, name):
        self.name = name


def order(objs):
    ids = {id(o): name for name, o in objs.items()}
    return [ids[id(o)] for o in gc.get_objects(0) if id(o) in ids]


# Simple: a dict made before a list, filled after it.
d1 = {}
l1 = [1]
d1["k"] = []
print(order({"d1": d1, "l1": l1}))

# Many young dicts, with temporaries dying out of order between them (holes, then a
# compaction of generation 0), then filled in reverse order.
dicts = []
keep = []
for i in range(300):
    dicts.append({})
    tmp = [Tag(i) for _ in range(3)]
    keep.append(tmp[1])
    del tmp
marker = [0]
for d in reversed(dicts[-5:]):
    d["x"] = [d]
objs = {"marker": marker}
for i, d in enumerate(dicts[-5:]):
    objs["d%d" % i] = d
print(order(objs))
print(sum(gc.is_tracked(d) for d in dicts), gc.is_tracked(dicts[0]))

# A dict tracked twice stays where it went first.
d2 = {}
a = [2]
d2["a"] = a
b = [3]
d2["b"] = b
print(order({"d2": d2, "a": a, "b": b}))

# After a collection: a young dict still untracked leaves the lists, comes back young.
d3 = {}
c = []
gc.collect()
e = []
d3["c"] = c
print(order({"d3": d3, "c": c, "e": e}), gc.is_tracked(d3))
for d in dicts:
    d.clear()
gc.enable()
