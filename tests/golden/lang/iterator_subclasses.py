# zip, map, filter and enumerate are base types: a subclass's instances are made by the
# builtin's `__new__` with the subclass's type, keep a `__dict__`, and may override
# `__next__`, `__init__` and `__new__`.
import sys


class Z(zip):
    def __next__(self):
        return super().__next__()[::-1]


z = Z([1, 2], 'ab')
print(type(z).__name__, isinstance(z, zip), list(z))


class M(map):
    def __init__(self, f, *its):
        self.f = f


m = M(str, [1, 2])
print(list(m), m.f)


class F(filter):
    def __new__(cls, *args):
        print('new', cls.__name__, len(args))
        return super().__new__(cls, *args)


print(list(F(None, [0, 1, 2])))


class E(enumerate):
    pass


e = E('ab', 5)
print(type(e).__name__, list(e))
e2 = E('xy')
e2.attr = 3
print(e2.attr, next(e2), vars(e2))


class Z2(zip):
    pass


print(list(Z2([1], [2], strict=True)))
try:
    list(Z2([1], [2, 3], strict=True))
except ValueError as ex:
    print(ex)
print(sys.getsizeof(Z2([1])) - sys.getsizeof(zip([1])))
for it in [Z([1], [2]), M(abs, [-1]), F(None, [1]), E([])]:
    print(type(it).__name__, iter(it) is it, type(it).__mro__[1].__name__)
