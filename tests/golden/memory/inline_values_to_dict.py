import gc, sys

class Tell:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def cycle_count(make):
    gc.collect()
    o = make()
    o.me = o
    del o
    return gc.collect()

class A:
    pass

def many():
    o = A()
    for i in range(35):
        setattr(o, "a%d" % i, i)
    return o
print("35 attrs:", cycle_count(many))

class B:
    pass
filler = B()
for i in range(30):
    setattr(filler, "f%d" % i, i)
def newname():
    o = B()
    o.fresh = 1
    return o
print("full keys, new name:", cycle_count(newname))
def oldname():
    o = B()
    o.f3 = 1
    return o
print("full keys, old name:", cycle_count(oldname))

class S(str):
    pass
class C:
    pass
def subname():
    o = C()
    setattr(o, S("weird"), 1)
    return o
print("str subclass name:", cycle_count(subname))
o = C()
setattr(o, S("weird"), 2)
print(o.weird, sorted(vars(o)), type(list(vars(o))[0]).__name__)

class D:
    pass
d = D()
try:
    del d.missing
except AttributeError as e:
    print("AttributeError:", e)
d.x = 1
print(sys.getsizeof(d.__dict__))

class E:
    pass
e1 = E()
for i in range(30):
    setattr(e1, "k%d" % i, Tell("k%d" % i))
e2 = E()
e2.k1 = Tell("e2.k1")
e2.extra = Tell("e2.extra")
e2.k0 = Tell("e2.k0")
print(list(vars(e2)))
print(sys.getsizeof(vars(e2)))
try:
    del e2.nothere
except AttributeError as ex:
    print("AttributeError:", ex)
e3 = E()
e3.k5 = 5
try:
    del e3.nothere2
except AttributeError as ex:
    print("AttributeError:", ex)
print(gc.is_tracked(vars(e3)), sys.getsizeof(vars(e3)))
print("drop e2")
del e2
print("drop e1")
del e1
print("end")

class F:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "v%d" % i, [i])
fs = [F(40) for _ in range(3)]
for f in fs:
    f.self = f
del fs, f
print("three big cycles:", gc.collect())
