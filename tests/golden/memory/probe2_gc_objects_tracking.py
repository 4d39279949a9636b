# What gc.get_objects() and gc.is_tracked() see: untracked dicts of atoms, dict
# subclasses (always tracked), running and suspended frames (not yet tracked).
import gc
import sys
from collections import Counter, OrderedDict, defaultdict

def dicts_now():
    return {id(o) for o in gc.get_objects() if type(o) is dict}

gc.collect()
before = dicts_now()
atoms = {"i": 1, "s": "x"}
holder = {"l": []}
new = dicts_now() - before
print("untracked dict listed:", id(atoms) in new, "tracked dict listed:", id(holder) in new)
print("is_tracked:", gc.is_tracked(atoms), gc.is_tracked(holder))
atoms["l"] = []
print("after storing a list:", gc.is_tracked(atoms), id(atoms) in dicts_now())

class D(dict):
    pass

print("subclasses tracked:", gc.is_tracked(D()), gc.is_tracked(D(a=1)), gc.is_tracked(Counter()),
      gc.is_tracked(OrderedDict()), gc.is_tracked(defaultdict(int)))
sub = D(a=1)
print("subclass listed:", any(o is sub for o in gc.get_objects()))

class Leaky:
    registry = []

    def __init__(self, payload):
        self.payload = payload
        Leaky.registry.append(self)

gc.collect()
base = Counter(type(o).__name__ for o in gc.get_objects())
made = [Leaky({"i": i}) for i in range(7)]
after = Counter(type(o).__name__ for o in gc.get_objects())
print("growth:", {k: after[k] - base[k] for k in ("Leaky", "dict") if after[k] != base[k]})
Leaky.registry.clear()
del made

class Cyc(dict):
    pass

c = Cyc()
c.me = c
del c
print("dict subclass cycle collected:", gc.collect())

def running():
    f = sys._getframe()
    return gc.is_tracked(f), f

tracked, frame = running()
print("frame while running:", tracked, "after return:", gc.is_tracked(frame))
print("module frame:", gc.is_tracked(sys._getframe()))

def caller():
    return gc.is_tracked(sys._getframe(1)), callee()

def callee():
    return gc.is_tracked(sys._getframe(1))

print("callers on the stack:", caller())

def gen():
    yield sys._getframe()
    yield gc.is_tracked(sys._getframe())

g = gen()
gf = next(g)
print("generator frame suspended:", gc.is_tracked(gf), "running:", next(g))
print("listed while suspended:", any(o is gf for o in gc.get_objects()))
for _ in g:
    pass
print("after the generator finished:", gc.is_tracked(gf))

def fails():
    1 / 0

try:
    fails()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print("traceback frames (running, finished):", gc.is_tracked(tb.tb_frame),
          gc.is_tracked(tb.tb_next.tb_frame))
    del tb
del frame, gf, g
