# A script in the style of a memory tutorial, written without looking at refpy.
import gc, sys
gc.collect()
print(gc.get_threshold(), gc.isenabled())
before = gc.get_count()
objs = [[] for _ in range(100)]
after = gc.get_count()
print(after[0] - before[0])
gc.disable()
class C: pass
for i in range(1000):
    c = C(); c.self = c
print(gc.collect())
gc.enable()
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked((1, 2)), gc.is_tracked(C()))
t = (1, [2])
print(gc.is_tracked(t))
stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))
def cb(phase, info):
    print(phase, sorted(info.keys()), info['generation'])
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze()
print(len(gc.get_referrers(objs[0])), type(gc.get_referents(objs)[0]).__name__)
x = []
x.append(x)
print(gc.collect(0) >= 0)
del x
print(gc.collect())
print(gc.garbage)
