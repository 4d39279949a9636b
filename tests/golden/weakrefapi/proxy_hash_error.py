import weakref
class A: pass
a = A()
p = weakref.proxy(a)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
