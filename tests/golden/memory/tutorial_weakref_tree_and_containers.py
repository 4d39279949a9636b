# A script in the style of a memory tutorial, written without looking at refpy.
import sys, gc, weakref
class Node:
    def __init__(self, v): self.v = v; self.children = []; self.parent = None
    def add(self, c): self.children.append(c); c.parent = weakref.ref(self)
    def __repr__(self): return f"Node({self.v})"
root = Node(0)
for i in range(3): root.add(Node(i + 1))
print(sys.getrefcount(root), [c.parent() for c in root.children])
print(weakref.getweakrefcount(root), len(weakref.getweakrefs(root)))
kids = root.children
del root
print([c.parent() for c in kids])
d = weakref.WeakValueDictionary()
class K: pass
a = K(); d['a'] = a
print(list(d.keys()), len(d))
del a
print(list(d.keys()), len(d))
s = weakref.WeakSet()
x = K(); y = K(); s.add(x); s.add(y)
print(len(s)); del x; print(len(s))
wk = weakref.WeakKeyDictionary()
k1 = K(); wk[k1] = 'v'
print(len(wk), wk.get(k1)); del k1; print(len(wk))
p = weakref.proxy(y)
print(type(p).__name__, p.__class__.__name__)
del y, s
try:
    p.foo
except ReferenceError as e:
    print('ReferenceError', e)
f = weakref.finalize(K(), print, 'finalized')
print(f.alive)
gc.collect()
print(f.alive)
