import gc
import sys

class Resource:
    def __init__(self, name):
        self.name = name
        print(f"acquire {name}")
    def __del__(self):
        print(f"release {self.name}")

def use():
    r = Resource("local")
    print("using", r.name)
use()
print("after use")
a = Resource("a")
b = a
del a
print("a deleted, b alive")
b = None
print("b rebound")
items = [Resource(f"item{i}") for i in range(3)]
items.pop(1)
print("popped")
items.clear()
print("cleared")
d = {"k": Resource("dict value")}
d["k"] = Resource("replacement")
print("replaced")
class Parent:
    def __init__(self):
        self.child = Child(self)
    def __del__(self):
        print("parent del")
class Child:
    def __init__(self, p):
        self.parent = p
    def __del__(self):
        print("child del")
p = Parent()
del p
print("cycle unreachable, collected:", gc.collect() > 0)
x = Resource("temp")
print(sys.getrefcount(x))
lst = [x, x]
print(sys.getrefcount(x))
del lst
print(sys.getrefcount(x))
def gen():
    r = Resource("in generator")
    yield 1
    yield 2
g = gen()
next(g)
del g
print("generator dropped")
try:
    r = Resource("in try")
    raise ValueError
except ValueError:
    pass
del r
with open(__file__) as f:
    pass
print(f.closed)
class Ctx:
    def __enter__(self): return Resource("ctx")
    def __exit__(self, *a): print("exit"); return False
with Ctx() as c:
    print("inside", c.name)
del c
s = Resource("end of program")
t = Resource("another at exit")
print("exiting")
