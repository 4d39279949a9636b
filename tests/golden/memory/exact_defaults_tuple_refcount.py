# A def's all-constant defaults become one tuple the compiler makes (3.11's
# fold_tuple_on_constants): only the code object and the function hold it. The parse
# tree CPython keeps while the main script runs holds the constants written in the
# source (a tuple display, each literal), not that tuple.
import sys

def f(a=(1, 2, 3)):
    pass
print(sys.getrefcount(f.__defaults__), sys.getrefcount(f.__defaults__[0]))

def g(a=1, b='x'):
    pass
print(sys.getrefcount(g.__defaults__))

def h(a=1, b='x'):
    pass
print(sys.getrefcount(h.__defaults__), h.__defaults__ is g.__defaults__)

def k(x=(5, 6), y=(5, 6)):
    pass
print(sys.getrefcount(k.__defaults__), sys.getrefcount(k.__defaults__[0]))

def make():
    def inner(a=10, b=20):
        pass
    return inner
i1 = make()
print(sys.getrefcount(i1.__defaults__))
i2 = make()
print(sys.getrefcount(i1.__defaults__), i1.__defaults__ is i2.__defaults__)

# Written in the source: the tree holds these.
t = (1, 2, 3)
print(sys.getrefcount(t))
def ret():
    return (4, 5, 6)
print(sys.getrefcount(ret()))
c = 12345
d = 12345
print(sys.getrefcount(c))
