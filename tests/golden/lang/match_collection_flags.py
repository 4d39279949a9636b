# `match` sequence and mapping patterns test the type's Py_TPFLAGS_SEQUENCE / MAPPING:
# set on list, tuple, range, memoryview, array, deque and dict, mappingproxy; inherited
# from tp_base; set by an ABC's __abc_tpflags__ (Sequence, Mapping) and by registering a
# class with such an ABC (recursively into its subclasses). Mapping keys are looked up
# through the subject's get(key, dummy).
import array, collections, types
import collections.abc as cabc


def m(x):
    match x:
        case {'k': v}:
            return ('map', v)
        case {}:
            return 'map'
        case [a, *rest]:
            return ('seq', a, rest)
        case []:
            return 'empty seq'
        case _:
            return 'other'


print(m(collections.deque([1, 2, 3])), m(array.array('i', [4])), m(memoryview(b'ab')))
print(m(range(3)), m(types.MappingProxyType({'k': 5})), m('abc'), m(b'ab'), m(bytearray(b'x')))
print(m(collections.OrderedDict(k=3)), m(collections.UserDict(k=4)), m(collections.UserList([5])))
print(m(collections.defaultdict(int)), m(collections.Counter('kk')), m({}.keys()), m({1, 2}))


class S:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i * 10


class SS(S):
    pass


print(m(S()), m(SS()))
cabc.Sequence.register(S)
print(m(S()), m(SS()))


class SSS(S):
    pass


print(m(SSS()))


class M:
    def __getitem__(self, k):
        return 'item'

    def get(self, k, default=None):
        print('get', k)
        return 'v' if k == 'k' else default

    def keys(self):
        return ['k']

    def __len__(self):
        return 1

    def __iter__(self):
        return iter(['k'])


print(m(M()))
cabc.Mapping.register(M)
print(m(M()))


class X(cabc.Mapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


class Y(cabc.MutableSequence):
    def __init__(self):
        self.items = [7]

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __setitem__(self, i, v):
        pass

    def __delitem__(self, i):
        pass

    def insert(self, i, v):
        pass


print(m(X()), m(Y()), '__abc_tpflags__' in cabc.Sequence.__dict__)


class Both(list, cabc.Mapping):
    pass


print(m(Both([1])))
# a registered builtin keeps its own flags
cabc.Sequence.register(str)
print(m('xy'))


class DD(collections.defaultdict):
    def __missing__(self, key):
        print('missing', key)
        return 0


print(m(DD(int)), m(DD(int, k=9)))


class K:
    a = 'x'
    b = 'x'


try:
    match {'x': 1, 'y': 2}:
        case {K.a: 1, K.b: 2}:
            pass
except ValueError as e:
    print('ValueError', e)
try:
    class Bad(metaclass=type(cabc.Sequence)):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print('TypeError', e)
