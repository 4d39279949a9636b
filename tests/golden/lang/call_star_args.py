# f(*args, **kwargs): the argument tuple, reference counts during the call, and CPython's errors
import sys
x1=[1]
def f2(a, *rest, **kw):
    print("f2", sys.getrefcount(a), len(rest))
    return a
f2(*(x1 for _ in range(2)))
f2(*[x1, x1])
def g(): yield x1; yield x1
f2(*g())
f2(*tuple(g()))
def f(*a, **k): return a, k
for bad in (1, None):
    try:
        f(*bad)
    except TypeError as e:
        print(e)
try:
    f(**1)
except TypeError as e:
    print(e)
print(f(*"ab", **{"x": 1}), f(*range(3)), f(*{1: 2}))
class T(tuple): pass
print(f(*T((1, 2))))
import gc
print(gc.is_tracked(f(*[1])[0]))
def g(x): return x
for call in (lambda: g(**{'x': 1}, **{'x': 2}), lambda: g(x=1, **{'x': 2}), lambda: print(*5), lambda: len(**[]), lambda: g(**{1: 2}), lambda: (lambda: 0)(*1)):
    try:
        call()
    except TypeError as e:
        print(e)
class M:
    def keys(self): return ['x']
    def __getitem__(self, k): return 42
print(g(**M()))
class Seq:
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
print(f(*Seq()))
