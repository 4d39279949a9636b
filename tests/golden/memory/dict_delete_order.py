# Deletes leave holes in CPython's compact dict: sizes after deletes and re-inserts,
# iteration order, popitem order, what iterators see, and the order entries are released.
import sys

size = sys.getsizeof


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

    def __repr__(self):
        return self.name


d = {}
for i in range(10):
    d['k%d' % i] = i
print('full:', size(d), list(d))
for i in range(0, 10, 3):
    del d['k%d' % i]
print('after deletes:', size(d), list(d))
d['k0'] = 'again'
d['new'] = 1
print('re-inserted:', size(d), list(d))
for i in range(20):
    d['x%d' % i] = i
    del d['x%d' % i]
print('churn:', size(d), len(d), list(d)[:3])
print('pop:', d.pop('k1'), d.pop('missing', None), size(d), list(d))

# popitem is LIFO, skipping the holes left at the end
d = dict.fromkeys('abcdef')
del d['f']
del d['e']
print('popitem:', d.popitem(), d.popitem(), list(d), size(d))
d['g'] = 1
d['h'] = 2
print('after popitem + insert:', list(d), size(d))

# deleting everything keeps the table; a new key goes after the holes
d = {i: i for i in range(100)}
full = size(d)
for i in range(100):
    del d[i]
print('all deleted:', size(d) == full, len(d), d)
d['z'] = 1
print('one more:', size(d) == full, d)
d.clear()
print('clear:', size(d))

# iterators walk entry positions
d = dict.fromkeys(range(6))
it = iter(d)
print('first:', next(it))
del d[1]
d[1] = None
print('del+add keeps the size:', next(it), next(it))
print('rest:', list(it))
d = {1: 1, 2: 2}
it = iter(d)
next(it)
del d[2]
d[3] = 3
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError:', e)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
del d[1]
d[3] = 3
try:
    print(next(it), list(it))
except RuntimeError as e:
    print('RuntimeError:', e)
d = {1: 1}
it = iter(d.items())
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    next(it)
except RuntimeError as e:
    print('again:', e)
# list(it) presizes from the iterator's length hint: the items still expected
d = dict.fromkeys(range(40))
it = iter(d.values())
for i in range(15):
    next(it)
del d[30]
d[30] = 1
print('presized by the hint:', size(list(it)))

# copies of a dict with holes
d = dict.fromkeys(range(12))
for i in range(3):
    del d[i]
print('copy of a mostly full dict:', size(d.copy()), size(d), list(d.copy())[:3])
for i in range(3, 10):
    del d[i]
print('copy of a sparse dict:', size(d.copy()), size(d), list(d.copy()))

# release order: entry order, key before value, holes skipped
d = {}
for name in 'abcd':
    d[Noisy('key-' + name)] = Noisy('value-' + name)
kb = [k for k in d if k.name == 'key-b'][0]
print('deleting b')
del d[kb]
del kb
print('popping the last')
item = d.popitem()
del item
print('clearing')
d.clear()
d = {Noisy('k1'): Noisy('v1'), Noisy('k2'): Noisy('v2')}
print('dropping the dict')
del d
print('done')
