# A set key's __eq__ changes the set during a lookup (add, in, discard, remove): the set
# keeps the changes, and a lookup whose table changed under it restarts, as setobject.c's.
import sys
class K:
    def __init__(self, n, s=None): self.n = n; self.s = s
    def __hash__(self): return 1
    def __eq__(self, o):
        s = self.s
        if s is not None:
            self.s = None
            for i in range(20): s.add(K(100+i))
        return False
    def __repr__(self): return 'K%d' % self.n
s = set()
s.add(K(1, s))
print(K(2) in s, len(s))
s2 = set(); s2.add(K(1, s2))
s2.add(K(3)); print(len(s2))
s3 = set(); s3.add(K(1, s3))
s3.discard(K(3)); print(len(s3))
s4 = set(); s4.add(K(1, s4))
try:
    s4.remove(K(3))
except KeyError as e:
    print('KeyError', e)
print(len(s4))
class C:
    def __hash__(self): return 5
    def __eq__(self, o):
        s5.clear(); return True
s5 = {C()}
print(C() in s5, len(s5))
s5 = {C()}
s5.add(C()); print(len(s5))
s5 = {C()}
s5.discard(C()); print(len(s5))
class E:
    def __hash__(self): return 5
    def __eq__(self, o):
        s6.add(len(s6)); return False
s6 = {E()}
try:
    print(E() in s6, len(s6))
except RuntimeError as e:
    print('RuntimeError', e)
# frozenset / dict views
class F:
    def __hash__(self): return 9
    def __eq__(self, o):
        g.discard(self); return False
g = set(); f = F(); g.add(f)
print(F() in g, len(g))
# adding itself repeatedly
class D:
    def __init__(self, n): self.n = n
    def __hash__(self): return 7
    def __eq__(self, o):
        if len(s5) < 50: s5.add(D(len(s5)))
        return False
s5 = {D(0)}
try:
    s5.add(D(-1))
except RuntimeError as e:
    print('RuntimeError', e)
print(len(s5))
