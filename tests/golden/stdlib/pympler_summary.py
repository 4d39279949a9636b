# pympler.summary and muppy on fixed object lists.
from pympler import muppy, summary


class Foo:
    pass


objs = [1, 2, 3, 'a', 'bb', 'ccc', [1], [1, 2], {}, {'a': 1}, (1, 2), 2.5, None, Foo(), Foo(),
        {1, 2}, b'xy']
rows = summary.summarize(objs)
for row in sorted(rows):
    print(row)
summary.print_(rows)
summary.print_(rows, limit=3)
summary.print_(rows, sort='#', order='ascending')
summary.print_(rows, sort='type')
summary.print_(rows, sort='type', order='ascending', limit=4)
for line in summary.format_(rows, limit=2):
    print(repr(line))

big = [[0] * 1000, [0] * 100000, 'x' * 5000000]
summary.print_(summary.summarize(big))

left = summary.summarize([1, 'a', 'b', [1]])
right = summary.summarize([1, 2, 'a', [1, 2, 3], (1,)])
diff = summary.get_diff(left, right)
print(sorted(diff))
print(sorted(summary._sweep(diff)))
summary.print_(summary._sweep(diff))

print(summary._repr(1), summary._repr([]), summary._repr({}), summary._repr(Foo()),
      summary._repr(len), summary._repr(summary), summary._repr(set()))
print(summary._repr([1, 2], verbosity=2), summary._repr({1: 2}, verbosity=2),
      summary._repr(summary._repr, verbosity=2), summary._repr(Foo, verbosity=0))
for bad in [dict(sort='name'), dict(order='up')]:
    try:
        summary.print_(rows, **bad)
    except ValueError as e:
        print('ValueError', e)

# muppy on a fixed list.
print(len(muppy.filter(objs, Type=int)), muppy.filter(objs, Type=str))
print(muppy.filter(objs, Type=str, min=50), muppy.filter(objs, Type=str, max=51))
print(muppy.filter([1, 'abc', [1, 2]], min=40))
try:
    muppy.filter(objs, min=10, max=5)
except ValueError as e:
    print('ValueError', e)
print(muppy.get_size([1, 'abc', [1, 2]]), muppy.get_size([]))
print(muppy.sort(['aaaa', 'a', 'aa', [1, 2, 3, 4, 5, 6], 1]))
a, b, c = [1], [2], [3]
d = muppy.get_diff([a, b], [b, c])
print(d['+'] == [c], d['-'] == [a], sorted(d))
print(muppy._remove_duplicates([a, b, a, c, b]) == [a, b, c])
print(muppy.get_referents([a, b]) == [a, b], len(muppy.get_referents([[a], [b]], level=2)))

# Live objects: the objects of this script are among them.
foos = [Foo() for i in range(7)]
live = muppy.get_objects()
mine = muppy.filter(live, Type=Foo)
print(len(mine), all(f in mine for f in foos))
print(summary.summarize(mine))
del live, mine
