import gc
import sys
import weakref

print(gc.isenabled(), gc.get_threshold())
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
a = Node("a"); b = Node("b")
a.ref = b; b.ref = a
wa = weakref.ref(a)
del a, b
print("alive before collect:", wa() is not None)
print("collected:", gc.collect())
print("alive after collect:", wa() is not None)
x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
z = [x, x, x]
print(sys.getrefcount(x))
del z, y
print(sys.getrefcount(x))
def f(arg):
    return sys.getrefcount(arg)
print(f(x))
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked((1, 2)))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**100), sys.getsizeof(1.0))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof(b""), sys.getsizeof(b"abc"))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof({}), sys.getsizeof({"a": 1}))
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(range(10)), sys.getsizeof(None), sys.getsizeof(True))
l = []
sizes = []
for i in range(20):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
print(sys.getsizeof([i for i in range(10)]), sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10))
d = {}
ds = []
for i in range(12):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
class P:
    def __init__(self):
        self.x = 1
class S:
    __slots__ = ("x",)
print(sys.getsizeof(P()), sys.getsizeof(S()), sys.getsizeof(P().__dict__))
print(sys.getrefcount(None) > 100, sys.getrefcount(1) > 10)
gc.disable()
print(gc.isenabled())
gc.enable()
class WithDel:
    def __del__(self):
        print("WithDel finalizer")
w = WithDel()
w.self = w
del w
print("collect:", gc.collect())
print(gc.garbage)
print(len(gc.get_referents([1, "a", None])), gc.get_count()[0] >= 0)
