# Reference counting, step by step, with sys.getrefcount
import sys

class Thing:
    pass

t = Thing()
print("fresh object:", sys.getrefcount(t))
alias = t
print("after alias:", sys.getrefcount(t))
container = [t, t, t]
print("in a list three times:", sys.getrefcount(t))
d = {"a": t, "b": t}
print("in a dict twice:", sys.getrefcount(t))
del container
print("list deleted:", sys.getrefcount(t))
d.clear()
print("dict cleared:", sys.getrefcount(t))

def inspect_arg(obj):
    return sys.getrefcount(obj)
print("inside a function:", inspect_arg(t))

def nested(obj):
    def inner():
        return sys.getrefcount(obj)
    return inner
f = nested(t)
print("captured by a closure:", f())
del f

class Holder:
    def __init__(self, obj):
        self.obj = obj
    def count(self):
        return sys.getrefcount(self.obj)
h = Holder(t)
print("as attribute:", sys.getrefcount(t), h.count())
del h
print("holder gone:", sys.getrefcount(t))

def gen(obj):
    yield sys.getrefcount(obj)
    yield sys.getrefcount(obj)
g = gen(t)
print("generator frame:", next(g), sys.getrefcount(t))
del g
print("generator gone:", sys.getrefcount(t))

try:
    raise ValueError(t)
except ValueError as e:
    print("exception args:", sys.getrefcount(t))
print("after except:", sys.getrefcount(t))

tup = (t,)
print("tuple:", sys.getrefcount(t), sys.getrefcount(tup))
s = {t}
print("set:", sys.getrefcount(t))
del tup, s

def defaults(x=t):
    return x
print("default arg:", sys.getrefcount(t))
del defaults
print("function gone:", sys.getrefcount(t))

lst = []
print("empty list:", sys.getrefcount(lst))
lst2 = [lst] * 4
print("list repeated:", sys.getrefcount(lst))
it = iter(lst2)
print("iterator holds list:", sys.getrefcount(lst2))
del it
m = map(str, lst2)
print("map holds list:", sys.getrefcount(lst2))
z = zip(lst2, lst2)
print("zip holds list twice:", sys.getrefcount(lst2))
del m, z
bm = t.__init__
print("bound method holds self:", sys.getrefcount(t))
del bm
print("class refcount is large:", sys.getrefcount(Thing) > 3)
x = 123456789
y = x
print("big int shared:", sys.getrefcount(x) >= 3, x is y)
print("end", sys.getrefcount(t))
