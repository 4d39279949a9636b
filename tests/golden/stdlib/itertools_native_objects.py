# The native combinatoric iterators as objects: types, sizes, gc tracking, the result
# tuple CPython reuses (visible through sys.getrefcount and id), argument errors.
import gc
import itertools
import sys
from itertools import combinations, combinations_with_replacement, permutations, product

print("-- types")
for t in [permutations, combinations, combinations_with_replacement, product]:
    print(t, t.__name__, t.__module__, type(t))
    it = t("abc", 2) if t is not product else t("abc")
    print(type(it) is t, isinstance(it, t), gc.is_tracked(it), repr(it).split(" object")[0])

print("-- sizes")
for n in [0, 1, 3, 5]:
    print(n, sys.getsizeof(permutations(range(n))), sys.getsizeof(permutations(range(n), 2)),
          sys.getsizeof(combinations(range(n), 2)), sys.getsizeof(combinations(range(n), 7)),
          sys.getsizeof(combinations_with_replacement(range(n), 3)),
          sys.getsizeof(product(range(n))), sys.getsizeof(product(range(n), "ab", repeat=3)),
          sys.getsizeof(product()))

print("-- the result tuple is reused while nobody keeps it")
for it in [permutations(range(4)), combinations(range(5), 2),
           combinations_with_replacement(range(3), 2), product(range(3), repeat=2)]:
    next(it)
    print(id(next(it)) == id(next(it)), end=" ")
    kept = next(it)
    other = next(it)
    print(kept is other, sys.getrefcount(kept), sys.getrefcount(other), end=" ")
    del other
    print(sys.getrefcount(next(it)))

print("-- references held: the pool (a tuple shared, not copied) and the last result")
class Item:
    def __del__(self):
        print("del", id(self) == marker)
t = (Item(), [2], 3)
marker = id(t[0])
print(sys.getrefcount(t), sys.getrefcount(t[1]))
it = permutations(t, 2)
print(sys.getrefcount(t))
first = next(it)
print(sys.getrefcount(first), sys.getrefcount(t[0]))
del first
print(sys.getrefcount(t[0]))
lst = [Item()]
it2 = combinations(lst, 1)
print(sys.getrefcount(lst), sys.getrefcount(lst[0]))
del t, it
print("t and it gone")
del lst
print("lst gone")
print(next(it2)[0].__class__.__name__)
del it2
print("it2 gone")

print("-- a cycle through the result is collected")
class Node:
    pass
n = Node()
it = product([n])
n.res = next(it)
n.it = it
del n, it
print(gc.collect() >= 2)

print("-- argument errors")
def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)
for f in [permutations, combinations, combinations_with_replacement]:
    attempt(f)
    attempt(f, "abc", 2, 3)
    attempt(f, "abc", 2, x=3)
    attempt(f, "abc", x=3)
    attempt(f, "abc", "2")
    attempt(f, "abc", 2.0)
    attempt(f, "abc", -1)
    attempt(f, "abc", None)
    attempt(f, 3, 1)
    attempt(f, "abc", r=1)
    attempt(f, r=1)
    attempt(f, "abc", 2 ** 70)
    attempt(f, iterable="ab", r=1)
    attempt(f, "ab", iterable="ab")
for kwargs in [{"repeat": -1}, {"repeat": "2"}, {"repeat": 1.0}, {"x": 1},
               {"repeat": 1, "x": 2}, {"repeat": 2 ** 70}, {"repeat": True}]:
    attempt(product, "ab", **kwargs)
attempt(product, 1)
attempt(product, "ab", None)
