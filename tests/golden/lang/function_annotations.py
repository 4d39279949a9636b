import gc, sys
class Box: pass
def f(x: int, *args: str, y: Box = None, **kw: float) -> list:
    return [x]
print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
def g(a, b): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'a': 1}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
print(sys.getrefcount(Box))
def h(b: Box) -> Box: pass
print(sys.getrefcount(Box))
del h
print(sys.getrefcount(Box))
print(sorted(type(r).__name__ for r in gc.get_referents(f)))
f.__annotations__
print(sorted(type(r).__name__ for r in gc.get_referents(f)))
lam = lambda q: q
print(lam.__annotations__)
class K:
    def m(self, v: 'K') -> 'int': pass
print(K.m.__annotations__)
def outer():
    def inner(z: len): pass
    return inner
print(outer().__annotations__)
def loop():
    def cyc(a: 'x'): pass
    cyc.me = cyc
gc.collect()
loop()
print(gc.collect())
class A: pass
def mk():
    a = A()
    a.me = a
    a.t = tuple(['x', 'y'])
gc.collect()
mk()
print(gc.collect())
def mk2():
    def cyc(a: 'x'): pass
    cyc.me = cyc
mk2()
print(gc.collect())
def mk3():
    def cyc(a: 'x'): pass
    cyc.me = cyc
    cyc.__annotations__
mk3()
print(gc.collect())
