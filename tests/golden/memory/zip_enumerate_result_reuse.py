# zip and enumerate keep their last result tuple and reuse it while nobody else holds it:
# the items it holds count one more reference until the next step.
import sys


def show(tag, x):
    print(tag, sys.getrefcount(x))


x = object()
items = [x, x]
for a, b in zip(items, items):
    show('zip unpacked', x)
show('zip done', x)
z = zip(items, items)
t = next(z)
show('zip tuple kept', x)
del t
show('zip tuple dropped', x)
next(z)
show('zip second step', x)
del z
show('zip gone', x)
y = object()
ys = [y, y, y]
for i, v in enumerate(ys):
    show('enumerate step %d' % i, y)
e = enumerate(ys, 5)
pairs = list(e)
print(pairs[0][0], pairs[-1][0], sys.getrefcount(pairs[0]))
del e
print(sys.getrefcount(pairs[0]))
print(list(zip()), list(zip([1], [])), list(enumerate('ab')))
