# gc.collect() counts a collected class as CPython 3.11 does: the type, its dict (when
# tracked), __mro__, __bases__ (until a collection untracks it) and its descriptors.
import gc
gc.disable()
gc.collect()
class A: pass
del A
print('A', gc.collect())
class A: pass
gc.collect()
del A
print('A survived', gc.collect())
class B: pass
class A(B): pass
del A
print('A(B)', gc.collect())
del B
print('B', gc.collect())
class A:
    __slots__ = ('x', 'y')
del A
print('slots xy', gc.collect())
class A:
    __slots__ = ()
del A
print('slots ()', gc.collect())
class A:
    __slots__ = ('__dict__',)
del A
print('slots dict', gc.collect())
class A:
    def f(self): pass
    def g(self): pass
del A
print('2 methods', gc.collect())
class A(int): pass
del A
print('int sub', gc.collect())
class A(Exception): pass
del A
print('exc sub', gc.collect())
class A(list): pass
del A
print('list sub', gc.collect())
class A: pass
a = A()
del A, a
print('with inst', gc.collect())
class A: pass
a = A(); a.x = 1
del A, a
print('with inst attr', gc.collect())
class A: pass
a = A(); a.x = 1; a.__dict__
del A, a
print('with inst dict', gc.collect())
class M(type): pass
class A(metaclass=M): pass
del A
print('meta A', gc.collect())
del M
print('meta M', gc.collect())
t = (int, str)
u = (int, [])
gc.collect()
print('tuple of builtin classes tracked:', gc.is_tracked(t), gc.is_tracked(u))
