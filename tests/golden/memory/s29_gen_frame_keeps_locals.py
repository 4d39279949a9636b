"""A generator frame kept by a name (`gi_frame`) keeps its locals when the generator
returns, is closed or raises, as `_PyFrame_Clear` hands them to a frame object in use."""
class Obj:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def g():
    x = Obj(1)
    yield 1
    print("returning")
it = g()
f = it.gi_frame
print(list(it))
print("after list", it.gi_frame, sorted(f.f_locals))
def h():
    y = Obj(2)
    yield 2
it2 = h()
next(it2)
f2 = it2.gi_frame
it2.close()
print("after close", sorted(f2.f_locals))
def k():
    z = Obj(3)
    yield 3
    raise ValueError
it3 = k(); f3 = it3.gi_frame
next(it3)
try:
    next(it3)
except ValueError:
    print("raised")
print("after raise", sorted(f3.f_locals))
del f
print("f gone")
del f2
print("f2 gone")
del f3
print("end")
