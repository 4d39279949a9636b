# Sales report with itertools.groupby / accumulate / islice / chain
import itertools as it
from operator import itemgetter

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-02", "east", 40), ("2024-03", "north", 150),
]
for month, rows in it.groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])
by_region = sorted(sales, key=itemgetter(1))
print({k: [r[2] for r in g] for k, g in it.groupby(by_region, itemgetter(1))})
monthly = [sum(r[2] for r in g) for _, g in it.groupby(sales, itemgetter(0))]
print(list(it.accumulate(monthly)))
print(list(it.accumulate(monthly, lambda a, b: a * 0.5 + b)))
print(list(it.islice(it.cycle(["red", "green", "blue"]), 7)))
print(list(it.chain("ab", [1, 2], (3,), {"k": 1})))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(dict(zip(it.count(1), "xyz")))
ids = it.count(1000)
print([f"id{next(ids)}" for _ in range(3)])
page_size = 2
pages = [list(it.islice(sales, i, i + page_size)) for i in range(0, len(sales), page_size)]
print(len(pages), pages[-1])
g = it.groupby("aaabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(it.filterfalse(None, [0, 1, "", "x", None, [], [0]])))
a, b = it.tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
t = it.tee([1, 2], 3)
print(len(t), [list(x) for x in t])
print(list(it.product([1, 2], "ab", [True])))
print(sum(1 for _ in it.permutations("abcd")), list(it.permutations("abc"))[:3])
print(list(it.combinations(range(5), 3))[-2:], list(it.combinations("ab", 3)))
try:
    next(it.islice([], 0, None))
except StopIteration:
    print("empty islice")
try:
    list(it.permutations("ab", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.accumulate()
except TypeError as e:
    print("TypeError:", e)
try:
    it.chain(1, 2).__next__()
except TypeError as e:
    print("TypeError:", e)
print(list(it.starmap(lambda *a: sum(a), [(1, 2, 3), (), (4,)])))
print(list(it.zip_longest()), list(it.product()), list(it.chain.from_iterable(["ab", "cd"])))
