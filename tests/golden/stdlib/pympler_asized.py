# pympler.asizeof.asized: the size of an object and of its referents, level by level.
from pympler import asizeof


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        return 'Node(%r)' % self.name


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1, 2]
        self.b = 'hello'

    def __repr__(self):
        return 'Slots()'


print(asizeof.asized([1, 'ab', {'k': 'v'}], detail=2).format())
tree = Node('root', [Node('left'), Node('right', [Node('leaf')])])
print(asizeof.asized(tree, detail=1).format())
print(asizeof.asized(tree, detail=3).format())
print(asizeof.asized(tree, detail=3).format(depth=2, order_by='name'))
print(asizeof.asized(tree, detail=2).format(order_by='flat', indent='> '))
print(asizeof.asized(Slots(), detail=1).format(format='%(name)s: %(size)d/%(flat)d'))
a = asizeof.asized([1, 2])
print(str(a), a.size, a.flat, a.name, a.refs)
both = asizeof.asized(1, [1], detail=1)
print(type(both).__name__, [str(x) for x in both])
ref = asizeof.asized(Node('x'), detail=1).get('__dict__')
print(ref, ref.get('nothing'), ref.get('nothing', 'dflt'))
print(asizeof.asized({'a': [1, 2, 3], 'b': (4, 5)}, detail=1).format())
print(asizeof.asized('text', detail=5).format())
