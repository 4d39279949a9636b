import gc
import operator
import pickle
import sys
from operator import attrgetter, itemgetter, methodcaller


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, *args, **kw):
        return (self.name, args, sorted(kw.items()))


n = Node('root', Node('mid', Node('leaf')))
print(attrgetter('child.child.name')(n), attrgetter('name', 'child.name')(n))
print(itemgetter(0, -1, slice(1, 3))('abcdef'), itemgetter('a')({'a': None}))
print(itemgetter(0)(range(5)), itemgetter(2, 0)([7, 8, 9]))
print(methodcaller('greet')(n), methodcaller('greet', 1, 2, z=3, a=[4])(n))
print(methodcaller('split', ',', maxsplit=1)('a,b,c'))

# reprs
print(repr(itemgetter('x')), repr(itemgetter(1, (2, 3))), repr(attrgetter('a.b', 'c')))
print(repr(methodcaller('m')), repr(methodcaller('m', 'x', k=None, j=1.5)))
print(type(itemgetter(1)), type(attrgetter('a')).__name__, type(methodcaller('m')).__qualname__)

# reduce and pickling
for obj in [itemgetter(1), itemgetter(1, 'two'), attrgetter('a'), attrgetter('a.b', 'c'),
            methodcaller('m'), methodcaller('m', 1, 2)]:
    red = obj.__reduce__()
    back = pickle.loads(pickle.dumps(obj))
    print(red, repr(back))
red = methodcaller('m', 5, key=6).__reduce__()
print(type(red[0]).__name__, red[0].func, red[0].args, red[0].keywords, red[1])
back = pickle.loads(pickle.dumps(methodcaller('greet', 9, key=6)))
print(repr(back), back(n))

# errors
show(lambda: itemgetter())
show(lambda: itemgetter(1, k=2))
show(lambda: itemgetter(1)())
show(lambda: itemgetter(1)([1], [2]))
show(lambda: itemgetter(1)(obj=[1]))
show(lambda: itemgetter(9)([1]))
show(lambda: itemgetter('z')({}))
show(lambda: itemgetter(0)(5))
show(lambda: attrgetter())
show(lambda: attrgetter(b'x'))
show(lambda: attrgetter('a', 3))
show(lambda: attrgetter('a', k=1))
show(lambda: attrgetter('nope')(n))
show(lambda: attrgetter('child.nope')(n))
show(lambda: attrgetter('name')())
show(lambda: methodcaller())
show(lambda: methodcaller(3))
show(lambda: methodcaller(name='x'))
show(lambda: methodcaller('nope')(n))
show(lambda: methodcaller('greet')())
show(lambda: methodcaller('upper')('a', 'b'))

# they are C types: not subclassable, gc tracked, fixed sizes
for cls in (itemgetter, attrgetter, methodcaller):
    try:
        type('Sub', (cls,), {})
    except TypeError as e:
        print(e)
print(sys.getsizeof(itemgetter(1)) == sys.getsizeof(itemgetter(1, 2, 3)))
print(sys.getsizeof(attrgetter('a')) == sys.getsizeof(attrgetter('a', 'b.c')))
print(gc.is_tracked(itemgetter(1)), gc.is_tracked(attrgetter('a')), gc.is_tracked(methodcaller('m')))

# what the getters hold is released with them
class Key:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('del', self.tag)

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self is other


g = itemgetter(Key('item'))
m = methodcaller('get', Key('arg'), Key('kwarg'))
k = Key('key')
print(sys.getrefcount(k))
g2 = itemgetter(k)
print(sys.getrefcount(k))
del g2
print(sys.getrefcount(k))
del g
print('after g')
del m
print('after m')
del k
print(sorted(range(6), key=itemgetter(0) if False else (lambda i: -i)))
print(sorted([{'a': 2}, {'a': 1}], key=itemgetter('a')))
print(list(map(attrgetter('real', 'imag'), [1 + 2j, 3])))
