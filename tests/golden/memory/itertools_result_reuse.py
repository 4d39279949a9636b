# The combinatoric iterators refill the tuple they returned last when nobody kept it
# (same object, same id; tracked again by the collector), and copy it when somebody did.
import gc
import itertools
import sys

for make in (lambda: itertools.permutations(range(3)),
             lambda: itertools.product("ab", repeat=2),
             lambda: itertools.combinations(range(4), 2),
             lambda: itertools.combinations_with_replacement("xy", 2)):
    it = make()
    ids = set()
    for p in it:
        ids.add(id(p))
    print("ids", len(ids))
    it = make()
    a = next(it)
    b = next(it)
    print(a, b, a is b, sys.getrefcount(b))
    del a
    c = next(it)
    print(b, c, sys.getrefcount(c))
    del b, c
    gc.collect()
    d = next(it, None)
    print(d, gc.is_tracked(d))
    del d
    e = next(it, None)
    print(e, gc.is_tracked(e))
gc.collect()
gc.disable()
before = gc.get_count()[0]
for p in itertools.permutations(range(4)):
    pass
print("count delta", gc.get_count()[0] - before)
gc.enable()
