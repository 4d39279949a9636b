# itertools: accumulate, chain, compress, dropwhile, filterfalse, groupby, islice,
# pairwise, starmap, takewhile, tee, zip_longest - results, laziness, errors.
import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse, groupby,
                       islice, pairwise, starmap, takewhile, tee, zip_longest, count)


def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


log = []


def src(items, tag='s'):
    for x in items:
        log.append((tag, x))
        yield x


def show(label, it):
    log.clear()
    out = list(it)
    print(label, out, log[:])


# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=10)))
print(list(accumulate([1, 2], initial=100)), list(accumulate('abc')))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=None)))
attempt(lambda: accumulate())
attempt(lambda: accumulate([1], foo=1))
attempt(lambda: list(accumulate([1, 'a'])))

# chain
print(list(chain('ab', [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(['ab', 'cd'])))
c = chain([1], 5, [2])
print(next(c))
attempt(lambda: next(c))
attempt(lambda: next(c))
attempt(lambda: chain(x=[]))
attempt(lambda: chain.from_iterable(1))
attempt(lambda: chain.from_iterable())
log.clear()
c = chain.from_iterable(src([[1, 2], [3]]))
print(log[:], next(c), log[:], list(c), log[:])
print(chain[int])

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
show('compress', compress(src('abc', 'd'), src([0, 1], 'k')))
attempt(lambda: compress([1]))

# dropwhile / takewhile / filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
show('takewhile', takewhile(lambda x: x < 2, src(range(5))))
t = takewhile(lambda x: x < 2, iter([1, 5, 1]))
print(list(t), list(t))
attempt(lambda: dropwhile(None))
attempt(lambda: dropwhile(None, [], x=1))
attempt(lambda: filterfalse(None))
attempt(lambda: takewhile(None))

# groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
g = groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = groupby('aaab')
k, grp = next(g)
print(k, next(grp))
k2, grp2 = next(g)
print(k2, list(grp), list(grp2))
g = groupby('aaabbb')
k, grp = next(g)
print(next(grp), [(k, list(v)) for k, v in g], list(grp))
print(type(grp).__name__, type(grp).__module__)
print(list(groupby([])))
nan = float('nan')
print([(k, len(list(v))) for k, v in groupby([nan, nan, 1.0, 1])])
attempt(lambda: groupby())
attempt(lambda: groupby(5))
show('groupby', ((k, list(v)) for k, v in groupby(src('aab'))))

# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 2, None, 3)), list(islice(range(10), None)))
print(list(islice(range(10), None, None, None)), list(islice(range(10), 5, 3)))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 7, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 0)), next(it))
print(list(islice(count(), 3, 12, 4)), list(islice(count(), True, 4)))
show('islice', islice(src(range(10)), 1, 6, 2))
attempt(lambda: islice([1]))
attempt(lambda: islice([1], -1))
attempt(lambda: islice([1], 'a'))
attempt(lambda: islice([1], 1.5))
attempt(lambda: islice([1], -1, 2))
attempt(lambda: islice([1], 1, -2))
attempt(lambda: islice([1], 1, 2, 0))
attempt(lambda: islice([1], 1, 2, -1))
attempt(lambda: islice([1], 1, 2, 3, 4))
attempt(lambda: islice(1, 2))
attempt(lambda: islice([1], stop=2))

# pairwise
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
show('pairwise', pairwise(src(range(3))))
attempt(lambda: pairwise())

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ['ab', 'cd'])))
attempt(lambda: list(starmap(pow, [1])))
attempt(lambda: starmap(None))

# tee
a, b = tee(iter([1, 2, 3]))
print(type(a), next(a), next(a), list(b), list(a))
print(len(tee([1])), tee([1], 0), len(tee('ab', 5)))
log.clear()
a, b, c = tee(src(range(3)), 3)
print(log[:], next(a), log[:], next(b), log[:], list(c), log[:], list(a), list(b))
a, b = tee(range(200))
print(sum(a), sum(b))
a, b = tee('xyz')
next(a)
c, d = tee(a)
print(c is a, list(c), list(d), list(b))
attempt(lambda: tee())
attempt(lambda: tee([1], -1))
attempt(lambda: tee([1], 'a'))
attempt(lambda: tee([1], 2, 3))
attempt(lambda: tee(3))

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(zip_longest('ab', [1, 2, 3], (9,))))
show('zip_longest', zip_longest(src('ab', 'x'), src('abc', 'y')))
attempt(lambda: zip_longest(1))
attempt(lambda: zip_longest([], foo=1))


def boom():
    yield 1
    raise ValueError('boom')


z = zip_longest(boom(), 'abc')
print(next(z))
attempt(lambda: next(z))
attempt(lambda: next(z))
