# __basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__ as CPython lays the
# types out (a managed __dict__ sits before the object: negative offsets).
import collections, functools
names = "object int bool float complex str bytes bytearray list tuple dict set frozenset type range slice memoryview property staticmethod classmethod super BaseException Exception KeyError OSError StopIteration SyntaxError ImportError UnicodeDecodeError".split()
import builtins
for n in names:
    t = getattr(builtins, n)
    print(n, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
import types
for t in [types.FunctionType, types.ModuleType, types.SimpleNamespace, types.MethodType, types.GeneratorType, types.CodeType, types.FrameType, type(None), type(NotImplemented), collections.OrderedDict, collections.deque, collections.defaultdict, functools.partial]:
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
class A: pass
class B: __slots__ = ()
class C: __slots__ = ('a', 'b')
class D: __slots__ = ('__weakref__',)
class E: __slots__ = ('__dict__',)
class F: __slots__ = ('a', '__dict__', '__weakref__')
class G(A): pass
class H(C): __slots__ = ('c',)
class J(C): pass
class K(int): pass
class L(int): __slots__ = ()
class M(tuple): pass
class N(tuple): __slots__ = ()
class O(list): pass
class P(dict): __slots__ = ('x',)
class Q(str): pass
class R(bytes): pass
class S(float): pass
class T(Exception): pass
class U(Exception): __slots__ = ('q',)
class V(object): __slots__ = ('__weakref__', 'x')
class W(B): pass
class X(D): __slots__ = ('__dict__',)
class Y(type): pass
class Z(E): __slots__ = ('__weakref__',)
for t in [A,B,C,D,E,F,G,H,J,K,L,M,N,O,P,Q,R,S,T,U,V,W,X,Y,Z]:
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
