# weakref's containers and collections.abc: the weak dictionaries derive from
# MutableMapping (their MRO, the mixins they inherit), WeakSet is a registered MutableSet.
import collections.abc as cabc
import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'K{self.n}'


for cls in (weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet):
    print(cls.__name__, cls.__module__, cls.__qualname__, [c.__name__ for c in cls.__mro__])
    print('  ', [issubclass(cls, a) for a in (cabc.MutableMapping, cabc.Mapping, cabc.MutableSet,
                                               cabc.Set, cabc.Iterable, cabc.Sized, cabc.Hashable)])
    own = ('setdefault', 'pop', 'popitem', 'update', 'get', 'keys', 'items', 'values', 'clear',
           '__eq__', '__ne__', '__contains__', 'isdisjoint', '__or__', '__ior__', '__ror__', 'copy',
           '__copy__', '__deepcopy__', 'remove', 'discard', 'add', '__repr__', '__hash__',
           '__class_getitem__', '__reversed__', '__iter__', '__len__')
    print('   own:', sorted(n for n in own if n in cls.__dict__))
    print('   hash:', cls.__hash__)

print(weakref.WeakValueDictionary[str, K], weakref.WeakKeyDictionary[K, int], weakref.WeakSet[K])
print('dir:', [n for n in dir(weakref) if n.startswith('Weak')])
ns = {}
exec('from weakref import *', ns)
print('star:', sorted(n for n in ns if n.startswith('Weak')))

a, b, c = K(1), K(2), K(3)
d = weakref.WeakValueDictionary()
print(isinstance(d, cabc.MutableMapping), isinstance(d, dict))
print(d.setdefault('a', a), d.setdefault('a', b), len(d))
print(d.pop('a'), d.pop('zz', 5))
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
d.update({'b': b}, c=c)
d.update([('x', a)])
try:
    d.update({'a': 1}, {'b': 2})
except TypeError as e:
    print('TypeError', e)
print(sorted(d.items(), key=str))
e = d | {'q': a}
print(type(e).__name__, sorted(e))
d |= {'r': c}
print(sorted(d))
print(type({'z': a} | d).__name__, sorted({'z': a} | d))
try:
    d | 1
except TypeError as ex:
    print('TypeError', ex)
print(d == d.copy(), d == dict(d), d != {}, d == [1])
print(d.get('nope'), 'b' in d, d.get('b'))
print(type(d.keys()).__name__, type(d.items()).__name__)
del c
gc.collect()
print('after c died:', sorted(d))
d.clear()
print('cleared:', len(d))

k = weakref.WeakKeyDictionary()
print(k.setdefault(a, 1), k.setdefault(a, 2), k.pop(a), k.pop(b, 9))
k.update({a: 1})
k.update([(b, 2)])
c = K(3)
print(len(k), sorted((k | {c: 3}).values()))
k |= {c: 4}
print(sorted(k.values()), type({a: 0} | k).__name__)
try:
    k.update(1)
except TypeError as ex:
    print('TypeError', ex)
try:
    k.update(s=1)
except TypeError as ex:
    print('TypeError', ex)
print(k == k.copy(), k == {a: 1, b: 2, c: 4}, isinstance(k, cabc.Mapping))
print(sorted(k.keys(), key=repr), sorted(k.items(), key=repr))
del c
print('after c died:', len(k))


class MyWVD(weakref.WeakValueDictionary):
    pass


m = MyWVD(x=a)
print([t.__name__ for t in MyWVD.__mro__][:3], isinstance(m, cabc.MutableMapping), sorted(m))
print(type(m | {}).__name__, type(m.copy()).__name__)

ws = weakref.WeakSet([a, b])
print(isinstance(ws, cabc.MutableSet), isinstance(ws, cabc.Set), isinstance(ws, cabc.Iterable),
      isinstance(ws, cabc.Hashable), isinstance(ws, cabc.Mapping))
print(ws == weakref.WeakSet([b, a]), ws.isdisjoint([K(9)]), len(ws | {K(5)}),
      type(ws | {K(5)}).__name__)
print(ws <= weakref.WeakSet([a, b]), ws.issubset([a, b, K(7)]))
print(cabc.MutableSet.__instancecheck__(ws), issubclass(weakref.WeakSet, cabc.Collection))
