import itertools as it, operator, collections
def take(n, iterable): return list(it.islice(iterable, n))
def tabulate(f, start=0): return map(f, it.count(start))
def consume(iterator, n=None):
    if n is None: collections.deque(iterator, maxlen=0)
    else: next(it.islice(iterator, n, n), None)
def nth(iterable, n, default=None): return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable); return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool): return sum(map(pred, iterable))
def ncycles(iterable, n): return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def flatten(lol): return it.chain.from_iterable(lol)
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for e in iterable:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k); yield e
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))
def sliding_window(iterable, n):
    itr = iter(iterable); window = collections.deque(it.islice(itr, n - 1), maxlen=n)
    for x in itr:
        window.append(x); yield tuple(window)
def partition(pred, iterable):
    t1, t2 = it.tee(iterable); return it.filterfalse(pred, t1), filter(pred, t2)
print(take(5, tabulate(lambda x: x * x)))
i = iter(range(10)); consume(i, 3); print(next(i))
print(nth(range(10), 3), nth(range(3), 7, 'dflt'), all_equal('aaa'), all_equal('aab'), quantify([1, 0, 2, None]))
print(list(ncycles('ab', 3)), list(flatten([[1, 2], [3]])), list(grouper('ABCDEFG', 3, 'x')))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)), list(unique_justseen('AAAABBBCCDAABBB')))
print(list(sliding_window('ABCDEFG', 4)))
ev, od = partition(lambda x: x % 2, range(10)); print(list(ev), list(od))
print(list(it.accumulate(range(1, 6), operator.mul)), list(it.starmap(operator.mul, zip([1, 2], [3, 4]))))
print(list(map(''.join, it.product('ab', 'cd'))), sum(1 for _ in it.permutations(range(5), 3)))
