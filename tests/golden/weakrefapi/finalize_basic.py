import weakref
class A: pass
a = A()
f = weakref.finalize(a, print, "finalized", 1)
print(f.alive, f.atexit)
del a
print(f.alive)
print(f())
