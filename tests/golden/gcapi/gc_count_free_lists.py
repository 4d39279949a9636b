# gc.get_count() moves as CPython's does: free lists of tuples, lists and dicts serve
# allocations without counting, a full collection empties them, print packs its
# arguments, the first repr of a container makes the thread-state dict and Py_Repr list,
# and a class brings its dict, bases, descriptors and subclass weakref along.
import gc
g = gc.get_count
print('before any collection', g()[1:])
gc.collect()
log = []
def note(label):
    log.append((label, g()[0]))
note('start')
a = []
note('list')
b = {}
note('dict')
t = (a, b)
note('tuple 2')
del t
note('tuple 2 freed to the free list')
t = (a, b)
note('tuple 2 from the free list')
del a, b, t
note('list and dict freed')
x = [[] for _ in range(5)]
note('six lists')
del x
note('six lists freed')
print('first print')
note('after a print')
print(1, 2, 3)
note('after a print of three')
print([1], (2,), {3: 4})
note('after printing containers')
class K:
    pass
note('class')
class S:
    __slots__ = ('p', 'q')
note('class with slots')
class D(K, S):
    pass
note('class with two bases')
del K, S, D
note('classes freed (cycles, not yet collected)')
gc.collect()
note('full collection')
gc.collect(0)
note('young collection')
for label, n in log:
    print(label, n)
gc.disable()
keep = []
for i in range(100):
    keep.append((i, i + 1))
print('100 pairs', g()[0])
del keep
print('freed', g()[0])
