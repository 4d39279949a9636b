# Watching the garbage collector: callbacks, stats, thresholds, freeze
import gc

events = []
def on_gc(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(on_gc)

class Cyc:
    def __init__(self):
        self.me = self

gc.collect()
events.clear()
for _ in range(5):
    Cyc()
print("manual:", gc.collect())
print(events)
events.clear()

print("collect(0):", gc.collect(0), "collect(1):", gc.collect(1))
print(events)
events.clear()
gc.callbacks.remove(on_gc)

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.get_threshold())
gc.set_threshold(50, 5, 5)
print(gc.get_threshold())
before = gc.get_stats()[0]["collections"]
junk = [Cyc() for _ in range(200)]
del junk
after = gc.get_stats()[0]["collections"]
print("automatic gen0 collections happened:", after > before)
gc.set_threshold(700, 10, 10)

gc.collect()
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())

class WithDel:
    def __init__(self, name):
        self.name = name
        self.self_ref = self
    def __del__(self):
        print("finalizing", self.name)
a = WithDel("x")
b = WithDel("y")
a.other = b
del a, b
print("collected:", gc.collect())
print("garbage:", gc.garbage)

gc.disable()
print("enabled:", gc.isenabled())
for _ in range(3):
    Cyc()
print("count grows while disabled:", gc.get_count()[0] >= 3)
gc.enable()
print("collect after enable:", gc.collect())
print("debug flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
print(len(gc.get_objects(generation=0)) >= 0, gc.is_finalized(WithDel("z")))
