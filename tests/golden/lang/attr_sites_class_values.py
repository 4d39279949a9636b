# Attribute sites that cache a plain class value (`self.LIMIT`), a method whose
# shadowing is ruled out by the class's shared keys, and `__slots__` loads and stores:
# every way the cached answer can go stale must be seen.
import sys


class K:
    LIMIT = 10
    names = ("a", "b")

    def __init__(self):
        self.x = 1

    def get(self):
        return self.LIMIT

    def m(self):
        return "method"


def read(o):
    return o.LIMIT


def call_m(o):
    return o.m()


k = K()
print([read(k) for _ in range(3)])
# the instance shadows the class value after the site cached it
k.LIMIT = 99
print(read(k), read(K()))
del k.LIMIT
print(read(k))
# the class value changes
K.LIMIT = 11
print(read(k))
# through a materialized __dict__
k2 = K()
read(k2)
k2.__dict__["LIMIT"] = "dict"
print(read(k2), read(K()))
vars(k2).pop("LIMIT")
print(read(k2))
# the class value becomes a property, then goes away to a base
K.LIMIT = property(lambda self: "prop")
print(read(k))


class Base:
    LIMIT = "base"


class K2(Base):
    def __init__(self):
        self.y = 2


print(read(K2()))
del K.LIMIT
try:
    read(k)
except AttributeError as e:
    print("AttributeError", e)
K.LIMIT = 12
# two classes at one site, the same value object and different ones
shared = ("shared",)
K.LIMIT = shared
Base.LIMIT = shared
for o in [k, K2(), k, K2()]:
    print(read(o))
Base.LIMIT = "other"
for o in [k, K2(), k, K2()]:
    print(read(o))
# __class__ assignment
k3 = K()
read(k3)
k3.__class__ = K2
print(read(k3))
# refcounts: the site holds no reference to the cached value
val = object.__new__(type("V", (), {}))
K.VAL = [1, 2]
def rv(o):
    return o.VAL
for _ in range(3):
    rv(k)
print(sys.getrefcount(K.VAL))
K.VAL = None
print(rv(k))

# a method site: shadowing by a new instance attribute after the site filled
for _ in range(3):
    call_m(k)
k.m = lambda: "instance"
print(call_m(k))
del k.m
print(call_m(k))
# a new instance attribute grows the class's shared keys
k4 = K()
print(call_m(k4))
k4.zz = 1
k4.m = lambda: "shadow after growth"
print(call_m(k4), call_m(k))


# __slots__ loads and stores through the sites
class S:
    __slots__ = ("a", "b")
    TAG = "tag"

    def __init__(self, a):
        self.a = a


def load_a(o):
    return o.a


def store_b(o, v):
    o.b = v


def load_b(o):
    return o.b


s = S(1)
print([load_a(s) for _ in range(3)])
for i in range(3):
    store_b(s, i)
print(load_b(s), read_tag := (lambda o: o.TAG)(s))
del s.b
try:
    load_b(s)
except AttributeError as e:
    print("AttributeError", e)
store_b(s, "again")
print(load_b(s))


class SubS(S):
    pass


t = SubS(5)
print(load_a(t), load_a(s))


class D:
    def __del__(self):
        print("D died")


store_b(s, D())
store_b(s, None)
print("after store")
print(sys.getrefcount(s))
