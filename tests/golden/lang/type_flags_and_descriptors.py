# `__flags__` (Py_TPFLAGS bits; the version-tag bit, which depends on what ran before,
# is masked out) and `type`'s own getset/member descriptors in `type.__dict__`.
import abc

VALID_VERSION_TAG = 1 << 19
for t in [int, bool, str, list, dict, tuple, bytes, bytearray, float, complex, set,
          frozenset, object, type, range, slice, memoryview, BaseException, ValueError,
          property, staticmethod, classmethod, super, zip, map, filter, enumerate,
          reversed, type(None), type(len), type(lambda: 0), type(abc)]:
    print(t.__name__, hex(t.__flags__ & ~VALID_VERSION_TAG))


class A:
    pass


class B(int):
    pass


class C(list):
    __slots__ = ()


class Meta(type):
    pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete(Abstract):
    def f(self):
        pass


class E(Exception):
    pass


class St(str):
    pass


for c in [A, B, C, Meta, Abstract, Concrete, E, St]:
    print(c.__name__, hex(c.__flags__ & ~VALID_VERSION_TAG))

d = type.__dict__
for name in ['__name__', '__qualname__', '__bases__', '__module__', '__dict__', '__doc__',
             '__mro__', '__flags__', '__basicsize__', '__itemsize__', '__base__',
             '__dictoffset__', '__weakrefoffset__']:
    print(name, repr(d[name]), type(d[name]).__name__)
print(d['__name__'].__get__(int), d['__mro__'].__get__(bool))
print(d['__flags__'].__get__(list) == list.__flags__)
try:
    d['__name__'].__get__(5)
except TypeError as e:
    print('TypeError:', e)

for target in [A, int]:
    for name, value in [('__dict__', {}), ('__mro__', ()), ('__flags__', 0),
                        ('__name__', ()), ('__name__', 'Renamed'), ('__doc__', 'text'),
                        ('__module__', 'mod'), ('__bases__', ())]:
        try:
            setattr(target, name, value)
            print('set', name, repr(getattr(target, name)))
        except (TypeError, AttributeError) as e:
            print(type(e).__name__ + ':', e)
    for name in ['__doc__', '__name__', '__module__', '__mro__']:
        try:
            delattr(target, name)
            print('deleted', name)
        except (TypeError, AttributeError) as e:
            print(type(e).__name__ + ':', e)
print(type.__doc__ is None or type.__doc__.startswith('type('))
