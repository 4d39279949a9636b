# `__class__` assignment moves a reference from the old class to the new one, and (as
# CPython 3.11 does) turns inline attributes into a `__dict__` object, which the
# collector then counts.
import gc
import sys


class A:
    pass


class B:
    pass


before = sys.getrefcount(A), sys.getrefcount(B)
objs = [A() for _ in range(3)]
print(sys.getrefcount(A) - before[0], sys.getrefcount(B) - before[1])
for o in objs:
    o.__class__ = B
print(sys.getrefcount(A) - before[0], sys.getrefcount(B) - before[1])
del objs
print(sys.getrefcount(A) - before[0], sys.getrefcount(B) - before[1])

gc.collect()
a = A()
a.me = a
del a
print('cycle, inline attributes:', gc.collect())
a = A()
a.me = a
a.__class__ = B
print(sys.getsizeof(a))
del a
print('cycle after __class__ assignment:', gc.collect())


def make_class():
    class Temp:
        pass
    return Temp


T = make_class()
t = T()
t.__class__ = A
print(sys.getrefcount(T))
del t
print(sys.getrefcount(T))
