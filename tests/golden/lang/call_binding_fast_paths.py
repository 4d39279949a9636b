# Calls bound straight into a pooled frame (positional, defaults, keywords, closures):
# values, error messages, counts and release order match the general binding.
import sys, gc

def f(a, b, c=3, d=4):
    return (a, b, c, d)

print(f(1, 2), f(1, 2, 5), f(1, b=2), f(a=1, b=2), f(1, 2, d=7), f(1, d=8, b=9), f(b=1, a=2, d=3, c=4))
for bad in ["f(1)", "f(1, a=2)", "f(1, 2, e=3)", "f(1, 2, 3, 4, 5)", "f(1, 2, 3, c=4)", "f(c=1)", "f()"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)

def p(a, b, /, c, d=9):
    return (a, b, c, d)
print(p(1, 2, 3), p(1, 2, c=3), p(1, 2, c=3, d=4))
try:
    p(1, b=2, c=3)
except TypeError as e:
    print(e)

# refcounts inside calls: defaults tuple, arguments
def g(x, y=[]):
    return sys.getrefcount(g.__defaults__), sys.getrefcount(x)
o = object()
print(g(o), g(o, 1), g(x=o), g(o, y=2))

# __defaults__ replaced during the call
def h(a, b=1):
    h.__defaults__ = (100,)
    return a + b
print(h(1), h(1), h(1, b=5))

# more defaults than parameters
import types
def k(a, b):
    return a, b
k.__defaults__ = (7, 8, 9)
print(k(), k(1), k(b=3))

# closures and cells
def outer():
    n = 10
    def inner(a, b=2):
        return a + b + n
    def cellarg(a, b):
        def get():
            return a + b
        return get
    return inner, cellarg
inner, cellarg = outer()
print(inner(1), inner(1, 3), inner(a=1), inner(b=1, a=2), cellarg(1, 2)(), cellarg(b=5, a=1)())

# __del__ order of locals at return, with keywords and defaults
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def r(a, b, c=None):
    print("in r")
r(D(1), D(2))
print("--")
r(D(1), c=D(3), b=D(2))
print("--")
r(c=D(3), b=D(2), a=D(1))
print("--")

# frames: f_back, f_locals across kw calls
def show(a, b=2):
    fr = sys._getframe()
    return fr.f_back.f_code.co_name, sorted(fr.f_locals)
def caller():
    return show(1), show(a=1, b=3)
print(caller())

# generators with keywords/defaults/closures
def gen(a, b=2, *, c=3):
    yield a; yield b; yield c
print(list(gen(1)), list(gen(a=5, b=6)), list(gen(1, c=9)))
def gen2(a, b=2):
    yield a + b
print(list(gen2(b=1, a=1)), list(gen2(3)))

# bound methods with keywords and defaults
class C:
    def m(self, x, y=5):
        return x + y
c = C()
bm = c.m
print(c.m(1), c.m(x=1), c.m(1, y=2), bm(y=1, x=2), C.m(c, 1), C.m(c, x=3, y=4))
try:
    c.m(1, self=2)
except TypeError as e:
    print(e)

# recursion with keywords
def fact(n, acc=1):
    return acc if n <= 1 else fact(n=n - 1, acc=acc * n)
print(fact(10))
gc.collect()
print(gc.get_count()[0] < 10)
