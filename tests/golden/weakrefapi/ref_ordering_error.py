import weakref
class A: pass
a, b = A(), A()
try:
    weakref.ref(a) < weakref.ref(b)
except TypeError as e:
    print(type(e).__name__, e)
