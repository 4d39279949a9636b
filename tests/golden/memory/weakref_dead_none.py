import weakref, gc
class Obj:
    pass
o = Obj()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2, weakref.getweakrefcount(o))
o.cycle = o
del o
print(r1() is None)
gc.collect()
print(r1() is None, r1() )
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
