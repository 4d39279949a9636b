import itertools as it
from itertools import chain, combinations, permutations, product, groupby, accumulate, islice, zip_longest, starmap, tee, count, cycle, repeat, pairwise, compress, dropwhile, takewhile, filterfalse
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s)+1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def sliding_window(iterable, n):
    from collections import deque
    it_ = iter(iterable)
    window = deque(islice(it_, n - 1), maxlen=n)
    for x in it_:
        window.append(x)
        yield tuple(window)

print(take(5, count(10, 3)))
print(take(7, cycle("abc")))
print(list(repeat("x", 3)))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(sliding_window(range(6), 3)))
print(list(permutations("abc", 2)))
print(list(product([0, 1], repeat=2)))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max, initial=0)))
for k, g in groupby(sorted("mississippi")):
    print(k, len(list(g)), end="; ")
print()
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
print({k: [v for _, v in g] for k, g in groupby(data, key=operator.itemgetter(0))})
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(pairwise("abcd")))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.combinations_with_replacement("AB", 2)))
print(list(chain([1], (2, 3), "ab")))
print(sum(1 for _ in it.combinations(range(10), 3)))
print(list(zip(*[iter(range(9))]*3)))
