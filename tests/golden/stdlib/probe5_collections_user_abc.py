from collections import UserDict, UserList, UserString
import collections.abc as cabc
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __contains__(self, k): return super().__contains__(k.lower())
d = LowerDict({'A': 1}); d['B'] = 2; d.update(C=3)
print(d, d['a'], 'b' in d, d.data, len(d), list(d), d.get('c'), d.get('z', 0), d.copy(), type(d.copy()).__name__)
print(d | {'e': 5}, type(d | {}).__name__)
try:
    d['zz']
except KeyError as e:
    print('KeyError', e)
class Missing(UserDict):
    def __missing__(self, k): return k * 2
print(Missing()['ab'])
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [9] + ul, ul * 2, ul.data, 2 in ul)
us = UserString('Hello'); print(us.upper(), us[1:], us + '!', us * 2, us.data, len(us), 'ell' in us, us.replace('l', 'L'), type(us.upper()).__name__)
print(us == 'Hello', us < 'World', us.split('l'), us.center(9, '*'), us.find('l'), us.encode(), '%s!' % us)
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence), isinstance({}, cabc.Mapping), isinstance(range(1), cabc.Sequence))
print(isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterator), isinstance(len, cabc.Callable), isinstance({}.keys(), cabc.Set), isinstance(b'', cabc.ByteString))
print(isinstance((x for x in []), cabc.Generator), issubclass(str, cabc.Hashable), issubclass(list, cabc.Hashable), issubclass(dict, cabc.Reversible))
class Bag(cabc.Set):
    def __init__(self, it): self._d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._d
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b1 = Bag('abc'); b2 = Bag('bcd')
print(sorted(b1 & b2), sorted(b1 | b2), sorted(b1 - b2), sorted(b1 ^ b2), b1 <= Bag('abcd'), b1 == Bag('cba'), b1.isdisjoint('xyz'))
class Seq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
    def __len__(self): return 4
s = Seq(); print(list(s), s.index(20), s.count(10), 30 in s, list(reversed(s)))
try:
    s.index(5)
except ValueError as e:
    print('ValueError', e)
class Half(cabc.Mapping):
    pass
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class MM(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MM(); m.update(a=1, b=2); m.setdefault('c', 3); print(m.pop('a'), m.popitem(), dict(m), m.get('x'), list(m.items()), 'b' in m.keys())
class Reg: pass
cabc.Sequence.register(Reg); print(issubclass(Reg, cabc.Sequence), isinstance(Reg(), cabc.Iterable))
class Iterish:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(Iterish(), cabc.Iterator), issubclass(Iterish, cabc.Iterable))
