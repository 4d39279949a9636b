# Instance attribute dicts are split tables of their class's shared keys in CPython 3.11:
# their size is the keys' value slots (names so far + room left), and the room shrinks
# with every new instance and every new name, until a dict becomes a combined table.
import sys


def sz(o):
    return sys.getsizeof(o.__dict__)


class A:
    pass


print("new instances", [sz(A()) for _ in range(4)])


class B:
    pass


many = [B() for _ in range(5)]
print("made first", [sz(b) for b in many])


class Slotted:
    __slots__ = ("__dict__",)


print("slots __dict__", [sz(Slotted()) for _ in range(3)])


class C:
    pass


c = C()
c.a = 1
c.b = 2
print("two names", sz(c), sz(C()))
d = C()
d.z = 1
print("shared by all", sz(d), sz(c), sz(C()))

# Past the room left, a dict becomes combined.
class Grow:
    pass


g = Grow()
sizes = []
for i in range(35):
    setattr(g, "a%d" % i, i)
    sizes.append(sz(g))
print("growing", sorted(set(sizes)))
other = Grow()
print("after", sz(other))

# A materialized dict keeps following the shared keys; deleting keeps it split.
class D:
    pass


x = D()
dd = x.__dict__
print("materialized", sys.getsizeof(dd))
x.a = 1
x.b = 2
print(sys.getsizeof(dd), sz(D()))
del x.a
print("after del", sys.getsizeof(dd))
x.c = 3
print(sys.getsizeof(dd), sz(D()))

# copy() of a split dict is split too; dict() of it and popitem() are not.
print("copy", sys.getsizeof(dd.copy()), sys.getsizeof(dict(dd)), sys.getsizeof({}.copy()))
popped = D()
popped.p = 1
popped.q = 2
pd = popped.__dict__
pd.popitem()
print("popitem", sys.getsizeof(pd))
cleared = D()
cleared.r = 1
cd = cleared.__dict__
cd.clear()
print("clear", sys.getsizeof(cd))

# A key that is not a str makes the table combined.
e = D()
ed = e.__dict__
ed[1] = "one"
print("int key", sys.getsizeof(ed), sz(D()))


# Instances of subclasses of builtin types get their dict on first use, without taking room.
class MyDict(dict):
    __slots__ = ("__dict__",)


class MyList(list):
    pass


for cls in (MyDict, MyList):
    o1 = cls()
    o1.a0 = 0
    o2 = cls()
    o2.zz = 1
    print(cls.__name__, sz(o1), sz(o2))
