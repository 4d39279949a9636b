# The native combinatoric iterators: results at the edges (empty pools, r > n, r = 0,
# repeated items), inputs of every kind, partial consumption, source errors.
import itertools
from itertools import combinations, combinations_with_replacement, permutations, product

print("-- permutations")
for pool in ["", "a", "ab", "abc", [1, 1, 2], range(4)]:
    for r in [None, 0, 1, 2, 3, 5]:
        print(repr(pool), r, list(permutations(pool, r)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations("abc", r=2)) == list(permutations("abc", 2)))
print(list(permutations(iterable="ab")))
print(list(permutations("abc", True)), list(permutations("abc", False)))

print("-- combinations")
for pool in ["", "a", "abc", [1, 1, 2], range(5)]:
    for r in [0, 1, 2, 3, 6]:
        print(repr(pool), r, list(combinations(pool, r)))
print(list(combinations(range(4), r=2)))

print("-- combinations_with_replacement")
for pool in ["", "a", "abc", [1, 1]]:
    for r in [0, 1, 2, 3]:
        print(repr(pool), r, list(combinations_with_replacement(pool, r)))

print("-- product")
print(list(product()), list(product(repeat=3)))
print(list(product("ab")), list(product("ab", "")), list(product("", "ab")))
print(list(product("ab", range(3))))
print(list(product("ab", repeat=2)), list(product("ab", "xy", repeat=2)))
print(list(product("ab", repeat=0)), list(product("", repeat=0)))
print(len(list(product(range(3), repeat=5))))

print("-- inputs of every kind")
def gen(n):
    for i in range(n):
        yield i * 10
print(list(permutations(gen(3))), list(combinations(gen(4), 2)))
print(list(combinations_with_replacement(gen(2), 2)), list(product(gen(2), gen(2))))
print(list(permutations({"k": 1, "j": 2})), list(product(b"ab", (None, True))))
print(list(combinations(iter([3, 1, 2]), 2)))

print("-- partially consumed")
for make in [lambda: permutations(range(4)), lambda: combinations(range(5), 3),
             lambda: combinations_with_replacement(range(3), 3),
             lambda: product(range(3), repeat=2)]:
    it = make()
    head = [next(it), next(it)]
    rest = list(it)
    print(head, len(rest), rest[-1], list(it), next(it, "done"))

print("-- an iterator is its own iterator")
it = permutations("ab")
print(iter(it) is it, next(it), list(it))

print("-- errors of the source propagate")
def bad():
    yield 1
    raise KeyError("source")
for tool in [lambda: permutations(bad()), lambda: combinations(bad(), 1),
             lambda: combinations_with_replacement(bad(), 1),
             lambda: product("ab", bad())]:
    try:
        tool()
    except KeyError as e:
        print("KeyError", e)
try:
    permutations(5)
except TypeError as e:
    print(e)
try:
    product("ab", 3)
except TypeError as e:
    print(e)
