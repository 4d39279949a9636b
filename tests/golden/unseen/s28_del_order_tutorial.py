# When does __del__ run? A walk through CPython's reference counting
import sys
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)

print("-- rebinding")
x = Noisy("a")
x = Noisy("b")
print("-- del")
del x
print("-- list")
items = [Noisy("l1"), Noisy("l2"), Noisy("l3")]
items.pop(1)
print("popped")
items[0] = None
print("replaced")
del items
print("-- dict")
d = {"k1": Noisy("d1"), "k2": Noisy("d2")}
d["k1"] = Noisy("d3")
d.clear()
print("-- function scope")
def work():
    local = Noisy("local")
    print("working with", local.name)
work()
print("after work")
print("-- returned object")
def make():
    return Noisy("returned")
make()
print("discarded")
kept = make()
print("kept", sys.getrefcount(kept))
print("-- exception holds frame")
def fail():
    inner = Noisy("inner")
    raise RuntimeError("x")
try:
    fail()
except RuntimeError:
    print("in handler")
print("after handler")
print("-- cycle")
a = Noisy("cyc1")
b = Noisy("cyc2")
a.peer = b
b.peer = a
del a, b
print("cycle dropped, not destroyed yet")
gc.collect()
print("-- resurrection")
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix rises")
        saved.append(self)
p = Phoenix()
del p
print("saved:", len(saved))
saved.clear()
print("-- generator")
def gen():
    n = Noisy("in-gen")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
del g
print("-- with")
class CM:
    def __enter__(self):
        return Noisy("entered")
    def __exit__(self, *a):
        print("exit")
with CM() as v:
    print("body")
del v
print("-- end of script")
z = Noisy("global-z")
