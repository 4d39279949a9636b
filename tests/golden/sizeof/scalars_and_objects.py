# getsizeof of numbers, strings, bytes and the other builtin objects.
import sys

size = sys.getsizeof
print('ints:', [size(n) for n in (0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, -(2 ** 90), 2 ** 1000)])
print('bool, float, complex, None:', size(True), size(False), size(1.5), size(1j), size(None))
print('str:', size(''), size('abc'), size('\xe9t\xe9'), size('\u20ac' * 5), size('\U0001f600' * 3))
print('bytes:', size(b''), size(b'abc'), size(bytes(100)))
print('tuple:', size(()), size((1,)), size(tuple(range(10))))
print('set:', size(set()), size({1, 2, 3, 4, 5}), size(frozenset(range(10))), size(set(range(5))))
s = set()
for i in range(20):
    s.add(i)
print('set grown to 20:', size(s))
print('range, slice:', size(range(5)), size(slice(None)), size(slice(1, 2, 3)))


def f():
    pass


class C:
    def m(self):
        pass


print('function, class, method:', size(f), size(C), size(C().m))
print('builtin function:', size(len), size([].append))
print('object():', size(object()))


class Slots:
    __slots__ = ('a', 'b', 'c')


class Sub(Slots):
    __slots__ = ('d',)


class Open(Slots):
    pass


print('slots:', size(Slots()), size(Sub()), size(Open()))
print('instances:', size(C()), size(Sub), size(Slots))


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class T(tuple):
    pass


class S(str):
    pass


class Fl(float):
    pass


print('subclasses:', size(L()), size(D()), size(I()), size(I(2 ** 40)),
      size(T()), size(T((1, 2))), size(S()), size(S('ab')), size(Fl()))


class E(Exception):
    pass


print('exceptions:', size(Exception()), size(ValueError('x')), size(E()), size(KeyError('k')),
      size(StopIteration()), size(OSError()))
print('property, staticmethod, classmethod:', size(property()), size(staticmethod(f)),
      size(classmethod(f)))
print('iterators:', size(iter([])), size(iter(())), size(iter(range(3))), size(iter('ab')),
      size(iter({})), size(iter(set())), size(enumerate([])), size(zip()), size(map(f, [])),
      size(filter(None, [])), size(reversed([])))
print('module:', size(sys))
