import weakref
class A: pass
def cb(w):
    print("callback", w is r, w())
a = A()
r = weakref.ref(a, cb)
del a
print("end")
