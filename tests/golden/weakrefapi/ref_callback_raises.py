import weakref
class A: pass
def cb(w):
    raise RuntimeError("in callback")
a = A()
r = weakref.ref(a, cb)
del a
print("after")
