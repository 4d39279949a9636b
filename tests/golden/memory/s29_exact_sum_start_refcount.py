# sum(xs, start): the references to start and to the items that sum's C loop holds,
# seen from inside __add__/__radd__ with sys.getrefcount.
import sys


class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print('add', sys.getrefcount(self), sys.getrefcount(o) if isinstance(o, A) else '-')
        return A(self.v + (o.v if isinstance(o, A) else o))

    def __radd__(self, o):
        print('radd', sys.getrefcount(self))
        return A(self.v + o)


start = A(0)
r = sum([A(1), A(2)], start)
print(r.v, sys.getrefcount(start))
r = sum((A(1), A(2)), start)
print(r.v, sys.getrefcount(start))
r = sum([1, 2], start)
print(r.v)
r = sum([A(1)], 10**30)
print(r.v)
r = sum([1.5, A(1)], 0.5)
print(r.v)
r = sum([2, A(1)], 1)
print(r.v)
r = sum(iter([A(3), A(4)]), start)
print(r.v, sys.getrefcount(start))
print(sys.getrefcount(start))
