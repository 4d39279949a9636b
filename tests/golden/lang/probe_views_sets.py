# dict views' isdisjoint/mapping, set lookups with set keys, type[...].


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
for other in [{"a"}, {"z"}, ["b"], "xyz", "a", k, {}.keys(), {"c": 3}.keys(), [("a", 1)], {("a", 1)}]:
    t(lambda: k.isdisjoint(other))
    t(lambda: i.isdisjoint(other))
t(lambda: k.isdisjoint(k))
t(lambda: {}.keys().isdisjoint({}.keys()))
t(lambda: k.isdisjoint(5))
t(lambda: k.isdisjoint())
t(lambda: v.isdisjoint)
t(lambda: [k.mapping, v.mapping, i.mapping])
t(lambda: k.mapping["a"])
t(lambda: k.mapping.__setitem__("x", 1))
t(lambda: type(k.mapping).__name__)
d["c"] = 3
t(lambda: i.mapping)

# a set key is looked up as the frozenset of its items
s = {frozenset({1}), frozenset(), 5}
t(lambda: {1} in s)
t(lambda: set() in s)
t(lambda: {2} in s)
t(lambda: set() in frozenset({frozenset()}))
t(lambda: [1] in s)
t(lambda: s.remove({2}))
t(lambda: s.discard({1}))
t(lambda: s.remove(set()))
t(lambda: sorted(map(len, s)))
t(lambda: s.discard([1]))


class SubSet(set):
    pass


t(lambda: SubSet([5]) in {frozenset({5})})
t(lambda: {frozenset({5}): "v"}.get(frozenset({5})))

# type[...] is a generic alias of type itself
t(lambda: type[int])
t(lambda: type[int, str])
t(lambda: type[int].__origin__)
t(lambda: type[int].__args__)
t(lambda: list[type[int]])
t(lambda: type.__class_getitem__)
