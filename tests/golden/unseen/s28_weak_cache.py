# A cache that does not keep objects alive: WeakValueDictionary and friends
import weakref
import gc

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name})"
    def __del__(self):
        print("freeing", self.name)

cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        print("loading", name)
        img = Image(name)
        cache[name] = img
    return img

a = load("cat.png")
b = load("cat.png")
print(a is b, len(cache), sorted(cache.keys()))
del a
print("still cached:", "cat.png" in cache)
del b
print("after del:", "cat.png" in cache, len(cache))

meta = weakref.WeakKeyDictionary()
k1, k2 = Image("k1"), Image("k2")
meta[k1] = "first"
meta[k2] = "second"
print(len(meta), meta[k1])
del k1
print(len(meta), [v for v in meta.values()])

ws = weakref.WeakSet()
items = [Image(f"s{i}") for i in range(3)]
for it in items:
    ws.add(it)
print(len(ws))
items.pop()
print(len(ws))
items.clear()
print(len(ws))

class Observer:
    def __init__(self, n): self.n = n
    def notify(self, msg): print(f"observer {self.n} got {msg}")
    def __del__(self): print("observer gone", self.n)

listeners = []
def subscribe(obs):
    listeners.append(weakref.WeakMethod(obs.notify))
def publish(msg):
    for ref in list(listeners):
        m = ref()
        if m is None:
            listeners.remove(ref)
        else:
            m(msg)
o1, o2 = Observer(1), Observer(2)
subscribe(o1)
subscribe(o2)
publish("hello")
del o1
publish("again")
print("listeners left:", len(listeners))

def callback(ref):
    print("callback: referent died", ref() is None)
img = Image("cb")
r = weakref.ref(img, callback)
print(r() is img, weakref.getweakrefcount(img))
del img
print(r() is None, weakref.getweakrefcount(r) if False else "dead")

class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent else None
        self.children = []
        if parent:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def __del__(self):
        print("tree node freed", self.name)
root = Tree("root")
leaf = Tree("leaf", root)
print(leaf.parent.name)
del root
print("root dropped; leaf parent:", leaf.parent)
del leaf
p = weakref.proxy(Image("proxied"))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
o2 = None
print("end")
