# Reference counts held by itertools iterators at each step: groupby owns no
# reference cycle with its groups (freed at once, no collection needed), and
# zip_longest keeps its last result tuple (and so its items) while it lives.
import gc
import itertools
import sys
import weakref

rc = sys.getrefcount


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Item({self.n})"


items = [Item(i) for i in range(4)]
base = [rc(x) for x in items]


def extra():
    return [rc(x) - b for x, b in zip(items, base)]


gc.disable()
print("-- groupby --")
class Key:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, x):
        return x.n // 2 if hasattr(x, "n") else x

    def __del__(self):
        print("key function freed:", self.tag)


gb = itertools.groupby(items, key=Key("first"))
k, grp = next(gb)
print("step", k, extra(), gc.is_tracked(gb), gc.is_tracked(grp))
print("group items", list(grp))
k2, grp2 = next(gb)
print("old group exhausted", list(grp), "new group", list(grp2))
del k, grp, k2, grp2
print("deleting the groupby")
del gb
print("groupby freed without collection", extra())

gb = itertools.groupby("aabbbc", key=Key("second"))
groups = [(k, g) for k, g in gb]
print("stale groups are empty", [(k, list(g)) for k, g in groups])
print("deleting the groupby (its groups keep it)")
del gb
print("deleting the groups")
del groups
print("collected:", gc.collect())
try:
    weakref.ref(itertools.groupby([]))
except TypeError as e:
    print("TypeError:", e)

gb = itertools.groupby(items)
_, g = next(gb)
it = iter(g)
print("grouper iter is itself", it is g, next(g))
del gb, g, it, _
print("after groupby of items", extra())

print("-- zip_longest --")
z = itertools.zip_longest(items, [1], fillvalue=None)
t = next(z)
print("first held by caller", extra(), rc(t))
del t
print("result kept by the iterator", extra())
t = next(z)
print("second", t, extra())
del t
print("second kept", extra())
print("rest", list(z))
print("exhausted", extra())
del z
print("freed", extra())

z = itertools.zip_longest(items[:2], items[2:], "xyz", fillvalue="-")
held = [next(z), next(z)]
print("two held", held, extra())
del held
print("released", extra(), next(z))
del z
print("all back", extra())
print("empty", list(itertools.zip_longest()))
print("mixed", list(itertools.zip_longest("ab", range(3), fillvalue=0)))
gc.enable()
