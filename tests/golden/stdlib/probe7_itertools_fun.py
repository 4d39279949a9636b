import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.combinations("ABCD", 2)), len(list(it.combinations(range(10), 3))))
print(list(it.combinations_with_replacement("ab", 2)), list(it.permutations([1, 2, 3], 2)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.zip_longest("abc", [1], fillvalue="-")))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "kiwi", "cranberry"], key=lambda w: w[0])
for letter, group in it.groupby(data, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddd")])
print(list(it.pairwise([1, 4, 9, 16])), [b - a for a, b in it.pairwise([1, 4, 9, 16])])
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, n)):
        yield chunk
print(list(chunked(range(10), 3)))
print(sum(1 for _ in it.permutations(range(5))))
sales = [("north", "jan", 100), ("south", "jan", 80), ("north", "feb", 120), ("south", "feb", 60), ("north", "mar", 90)]
sales.sort(key=operator.itemgetter(0))
for region, rows in it.groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(region, sum(map(operator.itemgetter(2), rows)), max(rows, key=operator.itemgetter(2))[1])
print(list(map(operator.attrgetter("real", "imag"), [1 + 2j, 3j])), operator.methodcaller("upper")("hi"))
c = it.count()
print(next(c), next(c), repr(c), repr(it.repeat(1, 2)))
print(list(zip(*[iter(range(9))] * 3)))
print(list(it.islice("abcdefg", 1, None, 2)), list(it.islice(range(100), 95, 200)))
try:
    list(it.islice([1], -1))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate(it.product(range(2), range(2)), start=1)))
