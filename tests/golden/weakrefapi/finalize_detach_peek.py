import weakref
class A: pass
def fn(*a, **k): print("fn", a, k)
a = A()
f = weakref.finalize(a, fn, 1, k=2)
obj, func, args, kwargs = f.peek()
print(obj is a, func is fn, args, kwargs, f.alive)
obj, func, args, kwargs = f.detach()
print(obj is a, func is fn, args, kwargs, f.alive)
print(f.peek(), f.detach())
del a, obj
print("end")
