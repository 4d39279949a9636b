# sys.getsizeof of OrderedDict through growth, deletes, clear, copies and subclasses.
import sys
from collections import OrderedDict

od = OrderedDict()
print("empty", sys.getsizeof(od))
sizes = []
for i in range(100):
    od[i] = i
    sizes.append(sys.getsizeof(od))
print(sizes)
for i in range(0, 100, 2):
    del od[i]
print("after deletes", len(od), sys.getsizeof(od))
od.move_to_end(1)
od.popitem()
od.popitem(last=False)
print("after pops", len(od), sys.getsizeof(od))
print("copy", sys.getsizeof(od.copy()))
od.clear()
print("cleared", sys.getsizeof(od))
print("fromkeys", sys.getsizeof(OrderedDict.fromkeys("abcdef")))
print("kwargs", sys.getsizeof(OrderedDict(a=1, b=2)))
print("strs", [sys.getsizeof(OrderedDict((str(i), i) for i in range(n))) for n in (1, 5, 6, 11, 30)])

class Sub(OrderedDict):
    pass

print("subclass", sys.getsizeof(Sub()), sys.getsizeof(Sub(x=1)))
print("dict for comparison", sys.getsizeof(dict(a=1, b=2)))
print("__sizeof__ and __basicsize__", OrderedDict().__sizeof__(), OrderedDict.__basicsize__, Sub.__basicsize__)
od = OrderedDict(a=1)
od.attr = "x"
print("instance dict", sys.getsizeof(od.__dict__), sys.getsizeof(od))
