# The native paths of weak references: calling a ref with arguments, the reuse of the
# basic ref, KeyedRef in WeakValueDictionary, and len() of weak containers after deaths.
import sys
import weakref


class Node:
    pass


a = Node()
r = weakref.ref(a)
for call in (lambda: r(1), lambda: r(x=1), lambda: weakref.ref.__call__(r, 2)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(r() is a, weakref.ref(a) is r, weakref.ref(a, None) is r)
print(weakref.ref(a, print) is r, weakref.getweakrefcount(a))

d = weakref.WeakValueDictionary()
nodes = [Node() for _ in range(5)]
for i, n in enumerate(nodes):
    d[i] = n
d[2] = nodes[3]
print(sorted(type(wr).__name__ for wr in d.valuerefs()))
print(sorted(wr.key for wr in d.valuerefs()))
print(len(d), sys.getrefcount(nodes[0]))
del nodes[0]
print(len(d), sorted(d.keys()))
nodes.clear()
print(len(d), [key for key, value in d.items()])

k = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
objs = [Node() for _ in range(4)]
for i, o in enumerate(objs):
    k[o] = i
    s.add(o)
print(len(k), len(s), k[objs[1]], objs[2] in k, objs[2] in s)
del objs[1:3]
print(len(k), len(s), sorted(k.values()))
objs = None
print(len(k), len(s))
try:
    weakref.KeyedRef(a, None)
except TypeError as e:
    print('TypeError')
kr = weakref.KeyedRef(a, None, 'key')
print(kr.key, kr() is a, isinstance(kr, weakref.ref))
