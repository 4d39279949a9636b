import itertools as it
from operator import itemgetter
rows = [('fruit', 'apple'), ('fruit', 'banana'), ('veg', 'carrot'), ('fruit', 'cherry'), ('veg', 'daikon'), ('veg', 'eggplant')]
for k, g in it.groupby(rows, key=itemgetter(0)):
    print(k, [x[1] for x in g])
for k, g in it.groupby(sorted(rows), key=itemgetter(0)):
    print(k, [x[1] for x in g])
groups = it.groupby('aaabbc')
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
print([k for k, _ in it.groupby([1, 1.0, True, 2, 2.0])])
runs = [(k, sum(1 for _ in g)) for k, g in it.groupby('WWWWBBBWWCCCCCW')]
print(runs, ''.join(f'{n}{k}' for k, n in runs))
t1, t2 = it.tee(x * x for x in range(5))
print(list(zip(t1, it.islice(t2, 1, None))))
src = iter('abcdef')
a, b = it.tee(src)
print(next(a), next(a), next(b), list(a), list(b))
c, = it.tee([1, 2], 1); print(list(c), it.tee([], 0))
t3 = it.tee(range(3))[0]; t4 = t3.__copy__(); print(list(t3), list(t4), type(t3).__name__)
it1 = it.count()
print(next(it1), next(it1), list(it.islice(it1, 3)), next(it1))
cyc = it.cycle([])
print(list(it.islice(cyc, 3)))
z = it.zip_longest([1, 2, 3], 'ab', [True], fillvalue=None)
print(list(z))
acc = it.accumulate([1, 2, 3, 4, 5], lambda a, b: a * 10 + b)
print(list(acc), list(it.accumulate(['a', 'b', 'c'])))
print(list(it.compress(range(10), it.cycle([1, 0, 0]))), list(it.takewhile(str.isdigit, '123abc456')), list(it.dropwhile(str.isdigit, '123abc456')))
print(list(it.chain.from_iterable(it.repeat([1, 2], 2))), list(it.product(range(2), repeat=3))[:4])
print(list(it.islice(it.permutations('abcd'), 5)), list(it.combinations('abcd', 3)), list(it.combinations_with_replacement([1, 2, 3], 2)))
p = it.pairwise([1, 4, 9, 16, 25]); print([b - a for a, b in p])
s = it.starmap(lambda a, b, c: a + b * c, [(1, 2, 3), (4, 5, 6)]); print(list(s))
print(list(it.filterfalse(lambda x: x % 3, range(10))), list(map(len, it.repeat('ab', 2))))
try:
    next(it.groupby([1, 2], key=lambda x: 1 / 0))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    list(it.accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)
