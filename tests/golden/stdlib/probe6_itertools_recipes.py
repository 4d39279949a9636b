import itertools as it
import operator
from collections import deque

def take(n, iterable):
    return list(it.islice(iterable, n))

def pairwise_sum(xs):
    return [a + b for a, b in it.pairwise(xs)]

def grouper(iterable, n, *, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    num_active = len(iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return list(it.filterfalse(pred, t1)), list(filter(pred, t2))

def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el

def sliding_window(iterable, n):
    itr = iter(iterable)
    window = deque(it.islice(itr, n - 1), maxlen=n)
    for x in itr:
        window.append(x)
        yield tuple(window)

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)

print(take(5, it.count(10, 2.5)))
print(pairwise_sum([1, 2, 4, 8]))
print(list(grouper("ABCDEFG", 3, fillvalue="x")))
print(list(roundrobin("ABC", "D", "EF")))
print(partition(lambda x: x % 2, range(10)))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window(range(6), 3)))
print(list(powerset([1, 2, 3])))
print(list(flatten([[1, 2], [3], []])))
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))))
print(list(it.combinations_with_replacement("ABC", 2)))
print(list(it.repeat("x", 3)), list(map(pow, range(4), it.repeat(2))))
print(list(it.islice("ABCDEFG", 2, None, 2)), list(it.islice(it.count(), 3, 8)))
print(list(zip(*it.tee("abc", 3))))
print(repr(it.count(5)), repr(it.count(1, 0.5)), repr(it.repeat(1, 3)), repr(it.repeat("a")))
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    it.pairwise(5)
except TypeError as e:
    print("TypeError:", e)
