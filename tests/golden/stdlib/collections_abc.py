# collections.abc: isinstance/issubclass on builtins, structural checks, mixin methods.
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Generator, Reversible, Sized, Container,
                             Collection, Callable, Hashable, Sequence, MutableSequence,
                             Mapping, MutableMapping, Set, MutableSet, KeysView, ItemsView,
                             ValuesView, MappingView, ByteString)
import collections


def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


def gen():
    yield 1


samples = [[], (), '', b'', bytearray(), {}, set(), frozenset(), range(3), 5, 2.5, None,
           iter([]), gen(), len, {}.keys(), {}.items(), {}.values(), collections.deque(),
           collections.OrderedDict(), collections.Counter(), collections.defaultdict(int)]
abcs = [Iterable, Iterator, Generator, Reversible, Sized, Container, Collection, Callable,
        Hashable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
        KeysView, ItemsView, ValuesView, ByteString]
print(' '.join(a.__name__[:6] for a in abcs))
for s in samples:
    print(''.join('X' if isinstance(s, a) else '.' for a in abcs), type(s).__name__)
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable))
print(issubclass(list, Hashable), issubclass(type, Callable), issubclass(str, ByteString))
print(Iterable, Mapping.__module__, Sequence.__name__, MutableMapping.__mro__)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(Iterable[int], cabc.__name__, collections.abc is cabc)


class Dots:
    def __iter__(self):
        return iter('...')

    def __len__(self):
        return 3

    def __contains__(self, x):
        return x == '.'


print(isinstance(Dots(), Iterable), isinstance(Dots(), Collection), isinstance(Dots(), Sequence))


class NoIter(list):
    __iter__ = None


print(isinstance(NoIter(), Iterable), isinstance(object(), Hashable))


# A read-only mapping from three methods.
class Squares(Mapping):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, k):
        if not isinstance(k, int) or not 0 <= k < self.n:
            raise KeyError(k)
        return k * k

    def __iter__(self):
        return iter(range(self.n))

    def __len__(self):
        return self.n

    def __repr__(self):
        return 'Squares(%d)' % self.n


sq = Squares(4)
print(dict(sq), sq.get(2), sq.get(9, 'none'), 3 in sq, 9 in sq, list(sq.keys()))
print(list(sq.items()), list(sq.values()), sq == {0: 0, 1: 1, 2: 4, 3: 9}, sq == Squares(3))
print(sq.keys(), sq.keys() & {1, 2, 7}, (2, 4) in sq.items(), 9 in sq.values(), len(sq.items()))
attempt(lambda: Mapping())
attempt(lambda: Squares.__reversed__)


class Store(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


st = Store()
st.update({'a': 1}, b=2)
st.update([('c', 3)])
print(st.setdefault('d', 4), st.setdefault('a', 9), st.pop('b'), st.pop('zz', None), dict(st))
print(st.popitem(), dict(st))
st.clear()
print(dict(st), len(st))
attempt(lambda: st.pop('x'))
attempt(lambda: st.popitem())


class Seq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(5, 6, 7, 6)
print(list(s), list(reversed(s)), 6 in s, s.index(6), s.index(6, 2), s.count(6), len(s))
attempt(lambda: s.index(99))


class MSeq(MutableSequence):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


m = MSeq()
m.append(1)
m.extend([2, 3, 4])
m += [5]
m.reverse()
print(m.data, m.pop(), m.pop(0), m.data)
m.remove(3)
print(m.data)
m.clear()
print(m.data)


class LSet(Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return 'LSet(%r)' % self.items


a, b = LSet('abc'), LSet('bcd')
print(a & b, a | b, a - b, a ^ b, a <= b, LSet('b') < a, a == LSet('cba'), a.isdisjoint('xyz'))
print(a & ['c', 'z'], ['d', 'a'] - a if False else a - ['a'], a._hash() == LSet('cab')._hash())
print(a._hash() == frozenset('abc').__hash__() or 'hash differs from frozenset')


class MSet(MutableSet):
    def __init__(self, items=()):
        self.s = set(items)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


ms = MSet([3, 1, 2])
ms |= {5}
ms -= {1}
ms ^= {2, 9}
print(sorted(ms.s), ms.pop(), sorted(ms.s))
ms.remove(5)
print(sorted(ms.s))
attempt(lambda: ms.remove(42))


class Anything:
    pass


Sequence.register(Anything)
print(isinstance(Anything(), Sequence), isinstance(Anything(), Iterable), issubclass(Anything, Collection))
print(isinstance(Anything(), Mapping), Sequence.register(Anything) is Anything)
