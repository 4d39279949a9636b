import weakref
class A:
    def __init__(self): self.x = 1
    def m(self): return "m"
a = A()
p = weakref.proxy(a)
print(p.x, p.m(), type(p).__name__)
p.y = 2
print(a.y)
print(weakref.proxy(a) is p)
