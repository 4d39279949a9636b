# The checks of `obj.__class__ = C`, in CPython's order: the value must be a class, both
# classes mutable (or module subclasses), and the instance layouts equal.
import types


class A:
    pass


class S1:
    __slots__ = ('x',)


class S3:
    __slots__ = ('y',)


class SD:
    __slots__ = ('x', '__dict__')


class L(list):
    pass


class Dd(dict):
    pass


cases = [
    (S1(), S3), (S1(), A), (A(), S1), (S1(), SD), (A(), L), (L(), Dd),
    (S1(), int), (A(), 5), (A(), None), (1, bool), ([], A), (A(), list), (A(), object),
    (L(), list), (types.ModuleType('m'), A), (A(), types.ModuleType),
]
for obj, target in cases:
    try:
        obj.__class__ = target
        print('assigned', type(obj).__name__)
    except TypeError as e:
        print('TypeError', e)
a = A()
try:
    del a.__class__
except TypeError as e:
    print('TypeError', e)
print(type(a).__name__, a.__class__ is A)
