# reprlib: Repr limits for each kind of container, strings, ints and other objects.
import array
import collections
import reprlib

r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset,
      r.maxdeque, r.maxstring, r.maxlong, r.maxother, repr(r.fillvalue))
print(reprlib.repr(list(range(20))), reprlib.repr(tuple(range(20))), reprlib.repr((1,)),
      reprlib.repr(()), reprlib.repr([]), reprlib.repr((1, 2, 3, 4, 5, 6)), reprlib.repr([1] * 7))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset(range(10))),
      reprlib.repr(frozenset()), reprlib.repr({3, 1, 2}), reprlib.repr({1, 'a', None}))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr({'b': 1, 'a': 2}),
      reprlib.repr({1: 'x', 'y': 2}))
print(reprlib.repr(collections.deque(range(10))), reprlib.repr(collections.deque()),
      reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('d')),
      reprlib.repr(array.array('b', [1, 2])))
print(reprlib.repr('x' * 100), reprlib.repr('short'), reprlib.repr('a' * 30), reprlib.repr('a' * 31),
      reprlib.repr("it's" * 10), reprlib.repr('\n' * 40))
print(reprlib.repr(10 ** 50), reprlib.repr(-10 ** 50), reprlib.repr(10 ** 39), reprlib.repr(12345),
      reprlib.repr(True), reprlib.repr(1.5), reprlib.repr(None))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr([[[[[[[]]]]]]]),
      reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}),
      reprlib.repr(((((((((1,),),),),),),),)))


class Long:
    def __repr__(self):
        return 'Long(' + 'z' * 50 + ')'


class Bad:
    def __repr__(self):
        raise ValueError('no repr')


print(reprlib.repr(Long()), reprlib.repr([Long()]), reprlib.repr(b'x' * 50), reprlib.repr(range(1000)))
print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = '+++'
r.maxdict = 1
r.maxlong = 8
r.maxother = 12
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr({1: 2, 3: 4}),
      r.repr(123456789012), r.repr(Long()), r.repr([[1, 2, 3]]), r.repr({'a': {'b': {}}}))
r.maxstring = 2
r.maxlong = 1
r.maxother = 0
print(r.repr('abcdef'), r.repr(123456), r.repr(Long()))


class MyRepr(reprlib.Repr):
    def repr_Long(self, obj, level):
        return '<long>'

    def repr_builtin_function_or_method(self, obj, level):
        return '<builtin %s>' % obj.__name__

    def repr_int(self, obj, level):
        return 'int(%d)' % obj


m = MyRepr()
print(m.repr([Long(), len, 5, 'x']), m.repr({'k': Long()}))
print(reprlib.aRepr.maxlist, reprlib.repr is not None, reprlib.__all__)
