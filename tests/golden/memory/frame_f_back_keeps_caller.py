import sys, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def inner():
    try:
        1/0
    except Exception as e:
        return e
def outer():
    d = D("outer-local")
    return inner()
x = outer()
print("after outer")
gc.collect()
del x
print("collected", gc.collect())
def keep():
    d = D("keep-local")
    return sys._getframe()
f = keep()
print("kept", f.f_code.co_name, type(f.f_locals), sorted(f.f_locals))
print(sys.getrefcount(f))
del f
print("after del f")
def a():
    d = D("a-local")
    return b()
def b():
    return sys._getframe()
fb = a()
print("b kept", fb.f_back.f_code.co_name)
del fb
print("after del fb")
print(gc.collect())
def cnt():
    fr = sys._getframe()
    print(sys.getrefcount(fr))
cnt()
print(len(gc.get_referents(sys._getframe())) > 0)
