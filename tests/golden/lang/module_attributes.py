# Module attributes: cached loads stay right across rebinding, deletion, PEP 562
# __getattr__, ModuleType() and its subclasses.
import math, sys, types
def f():
    return math.pi
for i in range(3):
    print(f(), math.sqrt(4))
math.pi = 3
print(f())
del math.pi
try:
    f()
except AttributeError as e:
    print(e)
math.pi = 3.14159
print(f())
m = types.ModuleType("m")
m.x = 1
def g(mod):
    return mod.x
print(g(m), g(m))
def ga(name):
    return "dyn-" + name
m.__getattr__ = ga
del m.x
print(g(m), g(m))
m.x = 5
print(g(m))
class MyMod(types.ModuleType):
    @property
    def x(self):
        return "prop"
mm = MyMod("mm")
print(g(mm), g(mm), g(m))
print(math.floor(2.5), math.floor(3.5))
print(sys.getrefcount(m))
for mod in (math, m):
    try:
        print(mod.nope)
    except AttributeError as e:
        print(e)
