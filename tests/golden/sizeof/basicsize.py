class C: pass
class D: __slots__ = ('a', 'b')
class E: __slots__ = ()
class G: __slots__ = ('a', '__dict__')
class H: __slots__ = ('a', '__weakref__')
class W(list): pass
class I(int): pass
class T(tuple): pass
class K(C): __slots__ = ('z',)
class X(Exception): pass
for k in (C, D, E, G, H, W, I, T, K, X, object, int, list, dict, tuple, str, type, float, bytes, set, bool, complex, Exception, OSError):
    print(k.__name__, k.__basicsize__, k.__itemsize__)
import sys
print(sys.getsizeof(D()), D.__basicsize__ + 16)
