# Exact weakref.ref objects hash and compare through their native slots (no method
# lookup): equal referents, dead references, NotImplemented from referents, the
# recursion count of the nested comparison, and weak dictionary lookups that rely on it.
import sys
import weakref


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print('  Key.__eq__', self.k, getattr(other, 'k', other))
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


class Plain:
    pass


a1, a2, b = Key(1), Key(1), Key(2)
r1, r2, r3 = weakref.ref(a1), weakref.ref(a2), weakref.ref(b)
print('eq', r1 == r2, 'ne', r1 != r2, 'eq other', r1 == r3)
print('hash', hash(r1) == hash(a1), hash(r3) == hash(2))

p, q = Plain(), Plain()
rp, rq = weakref.ref(p), weakref.ref(q)
print('plain', rp == rq, rp != rq, rp == weakref.ref(p), rp != weakref.ref(p))
print('vs other types', rp == 1, rp != 'x', rp == None)

# A referent whose __eq__ answers NotImplemented: identity decides.
class Shy:
    def __eq__(self, other):
        return NotImplemented

    __hash__ = object.__hash__

s1, s2 = Shy(), Shy()
print('shy', weakref.ref(s1) == weakref.ref(s2), weakref.ref(s1) != weakref.ref(s1))

# Dead references compare by identity; their hash stays once computed.
h = hash(rq)
del q
print('dead', rq == rq, rq == rp, rq != rp, hash(rq) == h)
t = Plain()
rt = weakref.ref(t)
del t
try:
    hash(rt)
except TypeError as e:
    print('TypeError', e)

# Weak key dictionary lookups: a new ref per lookup, compared with the stored one.
d = weakref.WeakKeyDictionary()
d[a1] = 'one'
print('lookup equal key', d[a2])
print('contains', a2 in d, b in d)
d[b] = 'two'
print(sorted(d.values()))

# The nested comparison of the referents counts a level, as in CPython.
class Deep:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return sys._getframe().f_back is not None

    __hash__ = object.__hash__

x, y = Deep(1), Deep(2)
print('deep', weakref.ref(x) == weakref.ref(y))

# A subclass of ref keeps its own __eq__.
class MyRef(weakref.ref):
    def __eq__(self, other):
        return 'MyRef.__eq__'

    __hash__ = weakref.ref.__hash__

print('subclass', MyRef(a1) == weakref.ref(a2), weakref.ref(a2) == MyRef(a1))
