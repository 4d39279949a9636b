# A builtin subclass instance has no inline values: __dict__ asked for first is a plain
# empty dict; a first attribute store makes a split table of the class keys (managed
# dict bases) or a plain dict (int, tuple: variable-size bases).
import sys, gc
class K1(str): pass
class K2(int): pass
class K3(tuple): pass
class K4: pass
class K5(list): pass
for K in (K1, K2, K3, K4, K5):
    o = K()
    d = o.__dict__
    a = sys.getsizeof(d)
    o.x = 1
    b = sys.getsizeof(o.__dict__)
    o2 = K(); o2.y = 1
    print(K.__name__, a, b, sys.getsizeof(o2.__dict__), d is o.__dict__)
class S(str): __slots__ = ()
s = S('a')
try:
    s.x = 1
except AttributeError as e: print(e)
try:
    print(s.__dict__)
except AttributeError as e: print(e)
class L(list): pass
l = L()
print(hasattr(l, 'q'), sys.getsizeof(l.__dict__))
l2 = L(); l2.a = 1; l2.b = 2
print(l2.__dict__, sys.getsizeof(l2.__dict__), gc.is_tracked(l2.__dict__))
print(len(gc.get_referents(L())), [type(x).__name__ for x in gc.get_referents(l2)])
del l2.a
print(l2.__dict__)
try:
    del l2.zz
except AttributeError as e: print(e)
l3 = L()
try:
    del l3.zz
except AttributeError as e: print(e)
print(vars(l3), l3.__dict__ is l3.__dict__)
class D(dict): pass
d = D(); d.x = 5; print(d.x, d.__dict__, sys.getsizeof(d.__dict__))
class F(float): pass
f = F(1.5); f.y = 2; print(f.__dict__, sys.getsizeof(f.__dict__))
class E(Exception): pass
e = E(); print(sys.getsizeof(e.__dict__)); e.q = 1; print(sys.getsizeof(e.__dict__))
