import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([3, 1, 4], max, initial=2)), list(it.accumulate([], initial=7)))
print(list(it.batched('abcdefg', 3)) if hasattr(it, 'batched') else 'no batched')
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(3), 5)))
print(list(it.combinations_with_replacement('ab', 3)))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.islice(it.count(10, 2.5), 4)), repr(it.count(3)), repr(it.count(1.5, -1)))
print(list(it.islice(it.cycle('ab'), 5)))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])))
print(list(it.filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.groupby([])))
g = it.groupby('aabb')
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice('abc', 0)))
try:
    it.islice('abc', -1)
except ValueError as e:
    print(e)
print(list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(4)))))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], 'xy')))
print(list(it.repeat('z', 3)), repr(it.repeat('q', 2)), repr(it.repeat(1)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
t = it.tee('xy', 3); print([list(x) for x in t])
try:
    it.tee('a', -1)
except ValueError as e:
    print(e)
print(list(it.zip_longest('abc', [1], fillvalue='-')))
print(list(it.zip_longest()))
try:
    it.chain(1)
    list(it.chain(1))
except TypeError as e:
    print(e)
try:
    it.permutations('abc', -1)
except ValueError as e:
    print(e)
try:
    it.repeat()
except TypeError as e:
    print(e)
try:
    it.product('a', repeat=-1)
except ValueError as e:
    print(e)
print(list(it.product()), list(it.combinations('', 0)))
def roundrobin(*iterables):
    pending = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while pending:
        try:
            for n in nexts:
                yield n()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))
print(list(roundrobin('ABC', 'D', 'EF')))
