# dir(obj) copies obj.__dict__ and merges its class's namespaces into the copy; the copy
# of a split dict shares the class's keys, so the class names fill them (CPython 3.11),
# and later instances' dicts outgrow them sooner.
import sys


def make_class(n):
    ns = {'m%d' % i: (lambda self: None) for i in range(n)}
    ns['__init__'] = lambda self, name: setattr(self, 'name', name)
    return type('K%d' % n, (), ns)


for n in (0, 5, 20, 40):
    K = make_class(n)
    before = K('a')
    before.extra = 1
    print(n, sys.getsizeof(before.__dict__))
    o = K('x')
    o.__dict__
    names = dir(o)
    p = K('y')
    p.peer = 1
    print(n, len(names), sys.getsizeof(p.__dict__), sys.getsizeof(K('z').__dict__))
    empty = K.__new__(K)
    dir(empty)
    q = K('q')
    q.other = 2
    print(n, sys.getsizeof(q.__dict__))
