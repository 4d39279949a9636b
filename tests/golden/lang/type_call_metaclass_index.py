# type(name, bases, ns) hands the class to the winning metaclass (__new__, then
# __init__ of the type made), __index__ is honoured by range() and operator.index, and
# builtin types with their own weak reference list keep it in slotted subclasses.
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('new', mcs.__name__, name)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, *a, **kw):
        print('init', a[0])
        super().__init__(*a)
class A(metaclass=M): pass
B = type('B', (A,), {})
print(type(B).__name__)
C = type('C', (), {})
print(type(C).__name__)
class N(M): pass
D = M('D', (A,), {})
print(type(D).__name__)
try:
    class X(metaclass=N): pass
    E = type('E', (A, X), {})
    print(type(E).__name__)
except TypeError as e: print(e)
import operator
class I:
    def __index__(self): return 7
print(operator.index(I()))
import weakref
class S(set): __slots__ = ()
print(type(weakref.ref(S())).__name__)
class Plain: pass
# __new__ returning an instance of a subclass: the subclass's __init__ runs.
class Base:
    def __new__(cls, *a):
        return object.__new__(Sub) if cls is Base else object.__new__(cls)
    def __init__(self, *a):
        print('Base.__init__', type(self).__name__, a)
class Sub(Base):
    def __init__(self, *a):
        print('Sub.__init__', a)
Base(1)
# range() and friends take __index__, and check what it returns.
class J:
    def __index__(self): return 'x'
for make in (lambda: range(I(), 10, I()), lambda: range(J()), lambda: [1, 2, 3][I():], lambda: range(2.0)):
    try:
        print(make())
    except TypeError as e:
        print('TypeError', e)
import sys
try:
    weakref.ref(sys._getframe())
except TypeError as e:
    print('TypeError', e)
class F(frozenset):
    __slots__ = ()
print(weakref.ref(F([1]))() is None)
