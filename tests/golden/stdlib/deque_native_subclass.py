# collections.deque subclasses: __init__, attributes, copies and reductions that keep
# the subclass, overridden special methods, slots, weak references, sizes.
import copy
import gc
import sys
import weakref
from collections import deque


class Tagged(deque):
    def __init__(self, items=(), tag=None):
        super().__init__(items, 5)
        self.tag = tag

    def __repr__(self):
        return 'Tagged!' + super().__repr__()


t = Tagged([1, 2], 'red')
print(t, repr(t), t.tag, t.maxlen, len(t), t[0], 2 in t, list(reversed(t)))
c = t.copy()
print(type(c).__name__, c, c.tag)
print(type(t + deque([3])).__name__, t + deque([3]), t * 2, 2 * t, (t * 2).tag)
t += [9, 10, 11, 12]
print(t, type(t).__name__)
t.extra = 'x'
print(t.__reduce__()[:3])
print(copy.copy(t).__dict__, copy.deepcopy(t), copy.deepcopy(t).__dict__)
print(isinstance(t, deque), gc.is_tracked(t), hash(t.__class__) == hash(Tagged))
try:
    hash(t)
except TypeError as e:
    print(e)


class Plain(deque):
    pass


p = Plain('ab')
print(p, p.__reduce__()[:3], Plain('ab') == deque('ab'), deque('ab') == Plain('ab'))
print(type(p.copy()).__name__, type(copy.copy(p)).__name__, sys.getsizeof(p), p.__sizeof__())


class Slotted(deque):
    __slots__ = ('a',)


class NoSlots(deque):
    __slots__ = ()


s = Slotted([1])
s.a = 5
ns = NoSlots()
print(sys.getsizeof(s), sys.getsizeof(ns), s.a, weakref.ref(ns)() is ns)
try:
    ns.b = 1
except AttributeError as e:
    print(e)


class Overrides(deque):
    def __len__(self):
        return 42

    def __getitem__(self, i):
        return 'item%s' % i

    def __iter__(self):
        return iter([7, 8])

    def __contains__(self, x):
        return True

    def append(self, x):
        super().append(('wrapped', x))


o = Overrides([1, 2])
o.append(3)
print(len(o), o[0], list(o), 5 in o, bool(o), repr(o))
print(deque.__len__(o), deque.__getitem__(o, 2), list(deque.__iter__(o)), deque.__repr__(o))


class Counting(deque):
    """A queue that counts what went through it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.total = 0

    def push(self, x):
        self.total += 1
        self.append(x)


q = Counting(maxlen=3)
for i in range(5):
    q.push(i)
print(q, q.total, q.maxlen)
deque.__init__(q, 'xyz')
print(q, q.maxlen, q.total)


class BadCopy(deque):
    def __new__(cls, *args):
        return [1]


print(type(BadCopy()).__name__)
d = deque.__new__(Plain)
print(type(d).__name__, d)
try:
    deque.__new__(int)
except TypeError as e:
    print(e)


class Late(deque):
    pass


late = Late([1])
Late.__new__ = lambda cls, *args: [1]
try:
    late.copy()
except TypeError as e:
    print(e)
