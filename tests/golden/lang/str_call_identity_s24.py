# str(x): the object itself for an exact str, `__str__`'s result (a subclass instance
# stays one), an exact copy for a str subclass without `__str__`; errors and
# keywords go through the constructor.
import sys


class S(str):
    pass


class T(str):
    def __str__(self):
        return S("from T")


class A:
    def __str__(self):
        return "A!"


class Bad:
    def __str__(self):
        return 5


s = "Person 12 name"
E = ""
print(str(s) is s, str(E) is E, str() == E)
x = S("abc")
print(type(str(x)).__name__, str(x) == x, str(x) is x)
print(type(str(T("t"))).__name__, str(T("t")))
print(str(A()), str(12), str(1.5), str(None), str([1, "a"]), str(b"x"))
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(object=5))
before = sys.getrefcount(s)
for _ in range(20):
    t = str(s)
print(sys.getrefcount(s) - before)
