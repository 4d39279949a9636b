# __del__ assigned to (or deleted from) a class after instances exist: the type slot
# changes for the class, its subclasses, and the instances already made.
class A:
    pass
a1 = A()
a1.n = 1
def fin(self):
    print("fin", self.n)
A.__del__ = fin
a2 = A()
a2.n = 2
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
print("--- a base gets __del__ later")
class Base:
    pass
class Sub(Base):
    pass
class SubSub(Sub):
    pass
s1 = Sub(); s2 = SubSub(); s3 = Base()
Base.__del__ = lambda self: print("base del via", type(self).__name__)
s4 = SubSub()
del s1
del s2
del s3
del s4
print("--- overridden in a subclass")
class Own(Base):
    def __del__(self):
        print("own del")
o = Own()
del Base.__del__
del o
x = Sub()
del x
print("--- re-added")
Sub.__del__ = lambda self: print("sub del again")
y = SubSub()
del y
import gc
class Cyc:
    pass
c = Cyc(); c.me = c
Cyc.__del__ = lambda self: print("cycle finalized")
del c
gc.collect()
print("end")
