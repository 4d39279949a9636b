import weakref
import gc

class Big:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Big({self.name})"

cache = weakref.WeakValueDictionary()
a = Big("a")
b = Big("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()))
del a
print(sorted(cache.keys()), cache.get("a"))
r = weakref.ref(b)
print(r() is b, r)  if False else print(r() is b)
def on_dead(ref):
    print("callback: object gone", ref() is None)
r2 = weakref.ref(b, on_dead)
del b
print("after del", r(), r2())
wkd = weakref.WeakKeyDictionary()
k1, k2 = Big("k1"), Big("k2")
wkd[k1] = 1
wkd[k2] = 2
print(len(wkd))
del k1
print(len(wkd), list(wkd.values()))
ws = weakref.WeakSet()
objs = [Big(i) for i in range(3)]
for o in objs:
    ws.add(o)
print(len(ws))
objs.pop()
print(len(ws))
class Obs:
    def notify(self, msg):
        print("notified", msg)
o = Obs()
m = weakref.WeakMethod(o.notify)
m()("hi")
del o
print(m())
x = Big("fin")
f = weakref.finalize(x, print, "finalizer ran for", "fin")
print(f.alive)
del x
print(f.alive)
p = Big("proxied")
px = weakref.proxy(p)
print(px.name, repr(px) [:20] if False else px.name.upper())
del p
try:
    px.name
except ReferenceError as e:
    print("ReferenceError:", e)
class Node:
    def __init__(self):
        self.self_ref = self
n = Node()
nr = weakref.ref(n, lambda r: print("cycle freed"))
del n
print("before collect")
gc.collect()
print("after collect", nr())
print(weakref.getweakrefcount(Big("t")))
q = Big("q")
r1 = weakref.ref(q)
print(weakref.getweakrefcount(q), weakref.ref(q) is r1)
