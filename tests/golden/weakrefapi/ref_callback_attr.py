import weakref
class A: pass
def cb(w): pass
a = A()
r = weakref.ref(a, cb)
print(r.__callback__ is cb)
print(weakref.ref(a).__callback__)
del a
print(r.__callback__)
