# A collection untracks atom-only tuples in one pass, then (full collections only)
# dicts with nothing trackable left: a dict made before its tuple is untracked too.
import gc


class T(tuple):
    pass


def show(label, objs):
    print(label, [gc.is_tracked(o) for o in objs])


def case():
    d1 = {"t": tuple([1])}           # dict display: the tuple first
    d2 = {}
    d2["t"] = tuple([2, "x"])        # dict first, tuple later
    d3 = dict(t=tuple([None]))
    d4 = {"n": ((1,), (2, 3))}       # nested atom tuples
    d5 = {"l": [1]}                  # a list is never untracked
    d6 = {"s": T([1])}               # a tuple subclass stays tracked
    d7 = {"d": {"t": tuple([1])}}    # dict in dict
    d8 = {tuple([1]): 1}             # tuple as key
    objs = (d1, d2, d3, d4, d5, d6, d7, d8, d1["t"], d4["n"], d7["d"])
    show("made  ", objs)
    gc.collect(0)
    show("gen 0 ", objs)
    gc.collect(1)
    show("gen 1 ", objs)
    gc.collect(2)
    show("full  ", objs)
    d2["more"] = []
    show("after ", objs)


case()
