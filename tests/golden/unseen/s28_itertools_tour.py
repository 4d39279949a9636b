# itertools in practice
import itertools as it
import operator

print(list(it.islice(it.count(10, 5), 4)))
print(list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul, initial=10)))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
for key, grp in it.groupby("aaabbcaa"):
    print(key, list(grp))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
print({k: list(g) for k, g in it.groupby(data, key=lambda w: w[0])})
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.pairwise("abcd")))
print(list(it.product("ab", repeat=2)))
print(list(it.permutations(range(3), 2)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 3)))
print(len(list(it.product(range(3), range(4), range(2)))))
r = it.count(1.5, 0.5)
print(next(r), next(r), repr(r))
print(repr(it.repeat(1, 2)), type(it.islice("abc", 1)).__name__)
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch
print(list(batched(range(7), 3)))
