# An exact dict the collector does not track is in no generation: gc.freeze() leaves it
# out of the permanent generation, and when it starts tracking (it receives a container)
# it enters generation 0 like a new object.
import gc
d = {}
d2 = {1: 2}
d3 = {'a': []}
print(gc.is_tracked(d), gc.is_tracked(d2), gc.is_tracked(d3))
gc.freeze()
d['x'] = []
print(gc.is_tracked(d), any(o is d for o in gc.get_objects()))
print(any(o is d for o in gc.get_objects(0)), any(o is d3 for o in gc.get_objects()))
gc.unfreeze()
print(any(o is d for o in gc.get_objects(0)), any(o is d3 for o in gc.get_objects(2)))
e = {}
gc.freeze()
e['y'] = []
gc.unfreeze()
print(len([o for o in gc.get_objects(2) if o is e]), len([o for o in gc.get_objects(0) if o is e]))
gc.collect()
print(len([o for o in gc.get_objects(2) if o is e]), gc.is_tracked(e))
