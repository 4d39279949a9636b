# `obj.__class__ = Other` (object_set_class): the value must be a class, both classes
# mutable (or both module types), and the layouts compatible; the object then behaves
# as the new class, including whose `__del__` runs.
import types


class A:
    def who(self):
        return 'A'


class B:
    def who(self):
        return 'B'


class S1:
    __slots__ = ('x',)


class S2:
    __slots__ = ('x',)


class S3:
    __slots__ = ('y',)


class L(list):
    pass


class L2(list):
    pass


class D(dict):
    pass


class W:
    __slots__ = ('__weakref__',)


class E1(Exception):
    pass


class E2(Exception):
    pass


class E3(Exception):
    __slots__ = ()


def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print('ok', type(obj).__name__)
    except TypeError as e:
        print('TypeError:', e)


a = A()
a.v = 1
attempt(a, B)
print(a.who(), a.v, vars(a))
s = S1()
s.x = 5
attempt(s, S2)
print(s.x)
for obj, cls in [(a, S1), (S1(), S3), (S1(), A), (L(), L2), (L(), D), (L(), A),
                 (a, L), (a, int), (W(), A), (A(), W)]:
    attempt(obj, cls)
for obj in [1, 'text', [], {}, (), 1.5, None, len]:
    attempt(obj, A)
attempt(a, 5)
try:
    del a.__class__
except TypeError as e:
    print('TypeError:', e)

m = types.ModuleType('m')


class M(types.ModuleType):
    pass


attempt(m, M)
e = E1('boom')
attempt(e, E2)
print(e.args)
attempt(e, E3)


class Finalized:
    def __del__(self):
        print('__del__ of', type(self).__name__)


class Finalized2:
    def __del__(self):
        print('__del__ (2) of', type(self).__name__)


x = Finalized()
x.__class__ = Finalized2
del x
x = A()
x.__class__ = Finalized
del x
x = Finalized()
x.__class__ = A
del x
print('end')
