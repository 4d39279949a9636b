# C.__bases__ assignment (type_set_bases): the checks and messages in CPython's order, the
# MRO of the class and its subclasses recomputed, references moved to the new bases,
# __subclasses__ updated, everything undone when a subclass's MRO fails.
class A:
    def f(self): return 'A'
class B:
    def f(self): return 'B'
class C(A): pass
class D(C): pass
print(C.__mro__, D.__mro__)
C.__bases__ = (B,)
print(C.__mro__, D.__mro__, D().f(), C.__base__)
print(B.__subclasses__(), A.__subclasses__())
for v in [(), (1,), [A], (C,), (D,), (A, A), (int,), (object,)]:
    try:
        C.__bases__ = v
        print('ok', C.__mro__)
    except TypeError as e:
        print('TypeError', e)
try:
    int.__bases__ = (object,)
except TypeError as e: print(e)
try:
    del C.__bases__
except TypeError as e: print(e)
class S1: __slots__=('a',)
class S2: __slots__=('b',)
class E(S1): __slots__ = ()
try:
    E.__bases__ = (S2,)
except TypeError as e: print(e)
class F: pass
class G(F): pass
try:
    G.__bases__ = (object,)
except TypeError as e: print(e)
print(G.__mro__, F.__subclasses__())
# a subclass whose MRO cannot be made: everything is undone
class H1: pass
class H2: pass
class J(H1): pass
class K(H2, J): pass
print(J.__mro__, K.__mro__)
try:
    J.__bases__ = (H2,)
except TypeError as e: print(e)
print(J.__mro__, K.__mro__, J.__bases__, J.__base__)
import sys
class A:
    def f(self): return 'A'
class B:
    def f(self): return 'B'
class X: pass
for v in [(A,), (int,), (list,), (object,)]:
    try:
        X.__bases__ = v; print('ok', X.__mro__)
    except TypeError as e: print(e)
class Y(A): pass
for v in [(B,), (A, B), (B, A), (list,), (object,), (Exception,)]:
    try:
        Y.__bases__ = v; print('ok', Y.__mro__)
    except TypeError as e: print(e)
class L(list): pass
class L2(list): pass
class M(L): pass
M.__bases__ = (L2,); print(M.__mro__)
try: M.__bases__ = (dict,)
except TypeError as e: print(e)
class P: pass
class Q(P): pass
class R(Q): pass
class P2: 
    def g(self): return 'P2'
print(sys.getrefcount(P), sys.getrefcount(P2))
Q.__bases__ = (P2,)
print(R.__mro__, R().g(), sys.getrefcount(P), sys.getrefcount(P2), P.__subclasses__(), P2.__subclasses__())
class S1: __slots__ = ('a',)
class S2: __slots__ = ('a',)
class T(S1): pass
T.__bases__ = (S2,); print(T.__mro__)
class Z1: pass
class Z2(Z1): pass
try: Z1.__bases__ = (Z2,)
except TypeError as e: print(e)
class W(A, B): pass
try: W.__bases__ = (B, A, B)
except TypeError as e: print(e)
class Meta(type):
    def mro(cls):
        print('mro called', cls.__name__)
        return super().mro()
class MA(metaclass=Meta): pass
class MB(MA): pass
MB.__bases__ = (A,) if False else (MA,)
print(MB.__mro__)
t = (B,)
Y.__bases__ = t
print(Y.__bases__ is t, Y.__base__)
class D:
    def __del__(self): print('del D')
class E(A): pass
E.__bases__ = (D,)
e = E(); del e
