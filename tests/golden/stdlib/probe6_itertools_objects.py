import itertools as it

objs = [it.chain("a"), it.count(), it.cycle("a"), it.repeat(1), it.islice("a", 1), it.groupby("a"), it.tee("a")[0],
        it.accumulate([1]), it.compress("a", [1]), it.dropwhile(bool, []), it.takewhile(bool, []), it.filterfalse(None, []),
        it.starmap(pow, []), it.zip_longest(), it.product(), it.permutations(""), it.combinations("", 0),
        it.combinations_with_replacement("", 0), it.pairwise("")]
for o in objs:
    print(type(o).__name__, type(o).__module__, repr(o).split(" at 0x")[0], iter(o) is o)
print(repr(it.count(3, -1)), repr(it.count(2.5)), repr(it.count(0, 1)), repr(it.count(10 ** 20)), repr(it.repeat([1], 2)))
c = it.count(5)
next(c)
print(repr(c))
r = it.repeat("x", 3)
next(r)
print(repr(r), r.__length_hint__(), len(list(r)), r.__length_hint__())
for op in [lambda: it.count("a"), lambda: it.repeat(), lambda: it.islice([], "a"), lambda: it.islice([], 1, 2, 0),
           lambda: it.combinations("abc"), lambda: it.product("a", repeat=-1), lambda: it.tee([], -1), lambda: it.cycle(),
           lambda: it.compress("a"), lambda: it.groupby(5), lambda: next(it.starmap(pow, [1])), lambda: it.zip_longest(1),
           lambda: it.accumulate([1, "a"]).__next__() and list(it.accumulate([1, "a"])), lambda: it.chain.from_iterable(5).__next__(),
           lambda: it.permutations("ab", "x"), lambda: it.islice("abc", None, None, -1)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
g = it.groupby([1, 1, 2])
k, grp = next(g)
print(type(grp).__name__, repr(grp).split(" at ")[0])
t1, t2 = it.tee([1, 2])
print(type(t1).__name__, t1.__copy__ is not None, list(t1.__copy__()), list(t2))
print(list(it.islice(it.count(), 0, 10, 3)), list(it.islice(range(10), None)), list(it.islice(range(10), 2, None)))
print(list(it.accumulate([], initial=5)), list(it.accumulate("abc")), list(it.accumulate([1, 2, 3], lambda a, b: a - b)))
print(list(it.zip_longest([1, 2], "a", [None, None, 3])), list(it.product(range(2), repeat=3))[-1])
