# String constants that are not name-like are ordinary objects with real counts (only
# name-like constants are interned); equal constants of one module are one object.
import sys

a = "a key"
print(sys.getrefcount(a))
b = "a key"
print(a is b, sys.getrefcount(a))


def f():
    return "a key"


print(f() is a, sys.getrefcount(a))
t = ("x y", "x y")
print(t[0] is t[1], sys.getrefcount(t[0]))
lst = [a] * 3
print(sys.getrefcount(a))
del lst, b
print(sys.getrefcount(a))
s = "Hello, World!"
folded = "Hello, " + "World!"
print(sys.getrefcount(s), s is folded)
d = {"some key": 1}
k = next(iter(d))
same = "some key"
print(k is same, sys.getrefcount(k))
