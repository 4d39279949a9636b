# Dataclass instances are ordinary instances: exact refcounts, __del__ timing, gc.
import gc
import sys
from dataclasses import dataclass, field, asdict, replace


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

    def __repr__(self):
        return 'T(%s)' % self.name


@dataclass
class Holder:
    a: object
    b: object = None
    items: list = field(default_factory=list)

    def __del__(self):
        print('del Holder', self.a)


x = Tracked('x')
print(sys.getrefcount(x))
h = Holder(x)
print(sys.getrefcount(x), sys.getrefcount(h))
print(gc.is_tracked(h), gc.is_tracked(h.items))
h2 = replace(h, b=Tracked('b'))
print(sys.getrefcount(x), h2)
del h
print('after del h')
h2 = None
print('after h2 = None')
del x
print('after del x')

d = asdict(Holder(Tracked('y'), 1))
print('asdict made', sorted(d))
del d
print('after del d')

gc.collect()
a = Holder(Tracked('cyc'))
a.b = a
del a
print('before collect')
print(gc.collect())
print('after collect')


@dataclass(frozen=True)
class Frozen:
    value: object


f = Frozen(Tracked('frozen'))
print(sys.getrefcount(f.value), f == Frozen(f.value))
f = None
print('end')


@dataclass(slots=True)
class Slot:
    a: object
    b: object = None


s = Slot(Tracked('slot'), [])
print(sys.getrefcount(s.a), gc.is_tracked(s), hasattr(s, '__dict__'))
del s
print('after del s')
