"""str(x) and type(x) with one argument (CPython 3.11 specializes both call sites):
results, subclasses, errors, and the generic forms beside them."""
import sys
class S(str): pass
class A:
    def __str__(self): return "A!"
class B:
    def __str__(self): return 5
class R:
    def __str__(self): return str(self)
class M(type): pass
class K(metaclass=M): pass
for v in ["x", S("y"), 3, 2.5, None, A(), [1, "a"], (1,), b"b", K, int]:
    s = str(v)
    print(repr(s), type(s).__name__, type(v).__name__, type(type(v)).__name__)
x = "abc"
print(str(x) is x)
try:
    str(B())
except TypeError as e:
    print("TypeError", e)
def f():
    for i in range(3):
        print(str(i), type(i), type(str(i)))
f()
print(type(1, ))
try:
    type()
except TypeError as e:
    print(e)
print(str(), str(object=5), str(b"x", "ascii"))
