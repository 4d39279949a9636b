# Instances of __slots__ classes keep up to three values in the object itself and more in
# a separate block; either way: release order on death (derived class's slots first),
# gc.get_referents, refcounts, deleting and re-storing, __class__ assignment, the
# "read-only" error for a class attribute, cycles, and exceptions with __slots__.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class A:
    __slots__ = ("a",)


class B(A):
    __slots__ = ("b", "c")


class Four:
    __slots__ = ("w", "x", "y", "z")


class Base4(Four):
    __slots__ = ("v",)


class Weak:
    __slots__ = ("p", "__weakref__")


print("-- release order, three slots over two classes")
b = B()
b.a, b.b, b.c = Noisy("a"), Noisy("b"), Noisy("c")
del b
print("-- release order, five slots over two classes")
f = Base4()
f.w, f.x, f.y, f.z, f.v = (Noisy(n) for n in "wxyzv")
del f
print("-- empty and re-stored slots")
b = B()
b.c = Noisy("c1")
try:
    b.a
except AttributeError as e:
    print("AttributeError", e)
try:
    del b.b
except AttributeError as e:
    print("AttributeError", e)
b.c = Noisy("c2")
b.a = Noisy("a1")
del b.c
print(hasattr(b, "c"), b.a.name)
del b
print("-- referents and refcounts")
v = Noisy("v")
b = B()
b.b = v
b.c = v
print(sys.getrefcount(v), [type(r).__name__ for r in gc.get_referents(b)])
f = Four()
f.z = v
f.w = v
print(sys.getrefcount(v), [type(r).__name__ for r in gc.get_referents(f)])
print(gc.is_tracked(b), gc.is_tracked(f), sys.getsizeof(b), sys.getsizeof(f))
del b, f
print(sys.getrefcount(v))
del v
print("-- read-only class attributes")
A.k = 1
Four.k = 2
for obj in (A(), Four()):
    try:
        obj.k = 3
    except AttributeError as e:
        print("AttributeError", e)
    print(obj.k, hasattr(obj, "__dict__"))
print("-- __class__ assignment")


class A2:
    __slots__ = ("a",)


x = A()
x.a = Noisy("moved")
x.__class__ = A2
print(type(x).__name__, x.a.name)
try:
    x.__class__ = Four
except TypeError as e:
    print("TypeError", e)
del x
print("-- weak references and cycles")
w = Weak()
w.p = Noisy("p")
import weakref

r = weakref.ref(w)
print(r() is w, sys.getsizeof(w))
del w
print(r())
gc.collect()
n1 = B()
n2 = Four()
n1.a = n2
n2.y = n1
n1.c = Noisy("in cycle")
del n1, n2
print("collected", gc.collect())
print("-- exceptions with __slots__")


class E(Exception):
    __slots__ = ("one", "two", "three", "four")


e = E("msg")
e.four = Noisy("four")
e.one = Noisy("one")
print(e.one.name, e.four.name, e.args)
del e.one
try:
    e.one
except AttributeError as err:
    print("AttributeError", err)
del e
print("done")
