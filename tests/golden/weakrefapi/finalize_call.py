import weakref
class A: pass
a = A()
f = weakref.finalize(a, lambda x, y=0: x + y, 1, y=2)
print(f.alive, f())
print(f.alive, f())
del a
print("end")
