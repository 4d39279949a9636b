# Identity of small ints, strings and constants
import sys

a = 256
b = 256
print(a is b)
c = int("257")
d = int("257")
print(c == d, c is d)
print(int("5") is 5, -5 is int("-5"), int("-6") is int("-6"))
s1 = "hello"
s2 = "hel" + "lo"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s1 == s3, s1 is s3, sys.intern(s3) is s1)
print("a b" is "a b")
name = "identifier_like"
built = "identifier" + "_like"
print(name is built)
x = "x" * 5
print(x is "xxxxx")
print(sys.intern("dynamic " + str(1)) is sys.intern("dynamic 1"))
t1 = ()
t2 = tuple()
print(t1 is t2, tuple([]) is (), frozenset() is frozenset(), "" is str())
print(b"" is bytes(), b"a"[0:0] is b"")
print(True is bool(1), None is type(None)(), ... is Ellipsis, NotImplemented is type(NotImplemented)())
f = 1.5
g = float("1.5")
print(f == g, f is g)
chars = [chr(i) for i in range(3)]
print(chr(65) is "A", "abc"[0] is "a", "é"[0] is "é", str(7) is "7")
def consts():
    return (1, 2, 3)
print(consts() is consts())
def const_str():
    return "constant string"
print(const_str() is const_str())
print(sys.getrefcount(None) > 100, sys.getrefcount(1) > 50)
lst = [1, 2, 3]
print(lst[0] is 1, len(set(map(id, [0, 0, 0]))))
