# Slices are collectable (PySlice_Type has Py_TPFLAGS_HAVE_GC): a slice that holds a
# container holding the slice is a cycle the collector frees, its members finalized in
# order, weakrefs cleared first; one left at exit goes with the final collection.
import gc
import weakref

print(gc.is_tracked(slice(1, 2)), gc.is_tracked(slice(None)), gc.is_tracked(slice(1, 2, 3)))
print(gc.is_tracked(slice('a', (1,), [2])))
a, b, c = [1], 'b', (2,)
print(gc.get_referents(slice(a, b, c)))
print(gc.get_referents(slice(5)))
print([type(r).__name__ for r in gc.get_referents(slice(None, a))])
x = list(range(10))
print(gc.is_tracked(x[1:2]), x[slice(2, 8, 3)])


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


gc.collect()
gc.disable()

# A list and a slice in a cycle.
l = []
s = slice(l)
l.append(s)
r = [gc.is_tracked(s), s in gc.get_referrers(l), l in gc.get_referrers(s)]
print(r)
del l, s, r
print('list-slice cycle', gc.collect())

# A slice in an instance's attribute, pointing back at the instance.
n = Node('attr')
n.s = slice(n, None, n)
w = weakref.ref(n)
del n
print('before', w() is not None)
print('instance-slice cycle', gc.collect())
print('after', w())

# Several slices chained through a dict.
d = {}
d['s'] = slice(0, Node('in dict'), slice(d))
del d
print('dict and two slices', gc.collect())

# A slice whose cycle is broken by hand is freed at once.
l = [Node('broken by hand')]
s = slice(l, l)
l.append(s)
l.pop()
del s
print('no cycle left')
del l
print('list freed')

# The collector clears the list; the slice, which has no tp_clear, goes with it.
holder = [slice(None)]
holder.append(slice(holder, Node('tail')))
del holder
print('two slices and a list', gc.collect())

# Left at exit: freed by the final collection.
keep = []
keep.append(slice(keep, Node('at exit')))
gc.enable()
print('end')
