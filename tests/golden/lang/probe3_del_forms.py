import gc
class A:
    pass
a1 = A()
def fin(self):
    print("fin", self.n)
a1.n = 1
A.__del__ = fin
a2 = A(); a2.n = 2
del a1
del a2
print("--- deleted __del__")
class B:
    def __del__(self):
        print("B del", self.n)
b1 = B(); b1.n = 1
del B.__del__
b2 = B(); b2.n = 2
del b1, b2
print("--- property")
class P:
    @property
    def __del__(self):
        print("prop get")
        return lambda: print("prop call")
p = P()
del p
print("--- staticmethod")
class S:
    @staticmethod
    def __del__():
        print("static del")
s = S()
del s
print("--- callable obj")
class Call:
    def __call__(self, *a):
        print("callable called", len(a))
class Co:
    __del__ = Call()
c = Co()
del c
print("--- classmethod")
class Cm:
    @classmethod
    def __del__(cls):
        print("cm del", cls.__name__)
x = Cm(); del x
print("--- subclass gets later")
class Base: pass
class Sub(Base): pass
s1 = Sub()
Base.__del__ = lambda self: print("base del via sub")
del s1
print("--- None")
class N:
    __del__ = None
n = N()
try:
    del n
except Exception as e:
    print(e)
print("end")
class X:
    __del__ = print
x = X(); del x
class Y:
    def __del__(self):
        raise ValueError("in del")
y = Y(); del y
print("after")
