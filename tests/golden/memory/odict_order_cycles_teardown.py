# An OrderedDict's linked order holds its keys apart from the dict: the collector
# reaches the keys through it, and clearing and teardown release the dict's entries and
# the order's key references in CPython's order.
import gc, sys, weakref
from collections import OrderedDict


class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, K) and other.name == self.name

    def __del__(self):
        print('del key', self.name)


class V:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del value', self.name)


gc.collect()
od = OrderedDict()
k = K('k1')
k.back = od
od[k] = V('v1')
od[K('k2')] = V('v2')
od.move_to_end(k)
del k
r = weakref.ref(od)
del od
print('collected', gc.collect(), r() is None)

od = OrderedDict((K(str(i)), V(str(i))) for i in range(3))
od.move_to_end(K('0'))
print([k.name for k in od])
del od
print('--')
od = OrderedDict((K(str(i)), V(str(i))) for i in range(3))
od.popitem(last=False)
od.clear()
print('cleared', sys.getsizeof(od) > 0)
od2 = OrderedDict(a=1)
od2['self'] = od2
od2.move_to_end('a')
del od2
print('self cycle', gc.collect())
