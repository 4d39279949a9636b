# A class with __slots__ keeps the weak reference list of a base that has one
# (tp_weaklistoffset is inherited): refs, callbacks and weak containers work.
# Found by scripts/difftest (weakref_48_35).
import sys
import weakref


class Plain:
    pass


class Slotted(Plain):
    __slots__ = ('b',)


class Empty(Plain):
    __slots__ = ()


class Deeper(Slotted):
    __slots__ = ('c',)


class Own:
    __slots__ = ('a',)


class OwnSub(Own):
    __slots__ = ('b',)


class Mixed(Own, Plain):
    __slots__ = ()


class Named:
    def __init__(self, name):
        self.name = name


class NamedSlots(Named):
    __slots__ = ('extra',)

    def __del__(self):
        print('del', self.name)


for cls in (Plain, Slotted, Empty, Deeper, Own, OwnSub):
    obj = cls()
    try:
        r = weakref.ref(obj, lambda r, n=cls.__name__: print('callback', n))
        print(cls.__name__, 'ref ok', r() is obj, weakref.getweakrefcount(obj), obj.__weakref__ is r)
    except TypeError as exc:
        print(cls.__name__, '!', exc)
    print(cls.__name__, hasattr(obj, '__weakref__'), '__weakref__' in cls.__dict__,
          cls.__weakrefoffset__, sys.getsizeof(obj))
    del obj
    print('--')

try:
    print('Mixed', weakref.ref(Mixed())() is None)
except TypeError as exc:
    print('Mixed !', exc)

n = NamedSlots('n1')
ws = weakref.WeakSet([n])
wvd = weakref.WeakValueDictionary(k=n)
p = weakref.proxy(n)
print(len(ws), len(wvd), p.name)
del n
print(len(ws), len(wvd))
try:
    p.name
except ReferenceError as exc:
    print('!', exc)
