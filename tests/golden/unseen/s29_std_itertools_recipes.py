# Itertools recipes from a tutorial
import itertools as it
import operator

print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6])))
print(list(it.accumulate([3, 1, 4, 1, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max, initial=2)))

data = sorted("mississippi")
for key, grp in it.groupby(data):
    print(key, len(list(grp)), end="; ")
print()

words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in it.groupby(words, key=lambda w: w[0])})

print(list(it.combinations("ABCD", 2)))
print(list(it.combinations_with_replacement("AB", 3)))
print(len(list(it.permutations(range(5), 3))))
print(list(it.product("xy", repeat=2)))
print(list(it.pairwise("ABCDE")))
print(list(it.islice(it.count(10, 5), 2, 6)))
print(list(it.islice(it.cycle("abc"), 7)))
print(list(it.repeat("hi", 3)))
print(list(it.chain([1, 2], (3,), "ab")))
print(list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))

def chunked(iterable, n):
    itr = iter(iterable)
    while True:
        block = tuple(it.islice(itr, n))
        if not block:
            return
        yield block

print(list(chunked(range(10), 4)))

def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)

print(list(flatten([[1, 2], [3], [], [4, 5]])))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.combinations("abc")
except TypeError as e:
    print("TypeError:", e)
print(repr(it.count(3, 2)), repr(it.repeat(7, 2)))
