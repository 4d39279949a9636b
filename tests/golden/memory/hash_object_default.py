# hash() of instances whose __hash__ is object's, of classes, and what changes it:
# a __hash__ defined, assigned later, removed, set to None; metaclass hashes.
import sys


class A:
    pass


class B(A):
    def __hash__(self):
        return 42


class C(B):
    __hash__ = object.__hash__


class D:
    def __eq__(self, other):
        return True


class E(D):
    __hash__ = object.__hash__


a, b, c, e = A(), B(), C(), E()
print(hash(a) == object.__hash__(a), hash(b), hash(c) == object.__hash__(c))
print(hash(e) == object.__hash__(e))
try:
    hash(D())
except TypeError as err:
    print("TypeError:", err)

A.__hash__ = lambda self: 7
print(hash(a), hash(A()))
del A.__hash__
print(hash(a) == object.__hash__(a))
A.__hash__ = None
try:
    hash(a)
except TypeError as err:
    print("TypeError:", err)
del A.__hash__
print(hash(a) == object.__hash__(a))


class T(tuple):
    __hash__ = object.__hash__


t = T((1, 2))
print(hash(t) == object.__hash__(t), hash(t) == hash((1, 2)))


class Meta(type):
    def __hash__(cls):
        return 99


class WithMeta(metaclass=Meta):
    pass


print(hash(WithMeta), hash(int) == object.__hash__(int), hash(A) == type.__hash__(A))
table = {int: "int", str: "str", A: "A", WithMeta: "M"}
print(table[int], table[A], table[WithMeta])

# Lookups by name do not hold the interned names.
before = sys.getrefcount("__hash__"), sys.getrefcount("__setitem__")
d = {}
for i in range(50):
    hash(a)
    d[a] = i
    d[i] = a
print((sys.getrefcount("__hash__"), sys.getrefcount("__setitem__")) == before)

# Objects hashed by their payload, whatever their class's dict says.
import weakref


class K:
    def m(self):
        pass


k = K()
lst = []
print(hash(k.m) == hash(k.m), k.m == k.m, hash(lst.append) == hash(lst.append))
print(hash(weakref.ref(k)) == hash(k), hash(range(3)) == hash(range(3)))
try:
    hash(weakref.proxy(k))
except TypeError as err:
    print("TypeError:", err)


class Frozen(frozenset):
    pass


class Exc(Exception):
    pass


x = Exc()
print(hash(Frozen({1})) == hash(frozenset({1})), hash(x) == object.__hash__(x))
