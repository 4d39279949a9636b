# dict(pairs) and d.update(pairs) take one pair at a time (PyDict_MergeFromSeq2), so a
# zip refills its result tuple and a generator's pairs die as they go; a zip whose
# result is still held makes a new tuple before asking its iterators; looking up
# `keys` on a list or an iterator makes no AttributeError (_PyObject_LookupAttr).
# gc.get_count() deltas after a full collection (which empties the free lists).
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def pairs():
    for i in range(3):
        print('pair', i)
        yield ('x', D('v%d' % i)) if i != 1 else [D('k1'), None]


d = dict(pairs())
print(sorted(k if isinstance(k, str) else k.name for k in d))
del d
print('--')

gc.disable()


def run(f):
    keep = []
    for _ in range(3):
        gc.collect()
        before = gc.get_count()[0]
        x = f()
        after = gc.get_count()[0]
        keep.append(x)
    return after - before


t = (1, 2)
pairs_list = [(1, 2), (3, 4)]
print('dict(zip)', run(lambda: dict(zip(t, t))))
print('list(zip)', run(lambda: list(zip(t, t))))
print('dict(list)', run(lambda: dict(pairs_list)))
print('update', run(lambda: {}.update(pairs_list)))
print('for zip', run(lambda: [None for _ in zip(t, t)]))
gc.enable()
print('end')
