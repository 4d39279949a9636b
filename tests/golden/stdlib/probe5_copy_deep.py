import copy
class Node:
    def __init__(self, v, kids=()):
        self.v = v; self.kids = list(kids)
    def __repr__(self): return f'Node({self.v}, {self.kids})'
n = Node(1, [Node(2), Node(3)])
s = copy.copy(n); d = copy.deepcopy(n)
print(s.kids is n.kids, d.kids is n.kids, d.kids[0] is n.kids[0], d)
a = [1, [2, 3]]; a.append(a)
b = copy.deepcopy(a); print(b[2] is b, b[1] is a[1], len(b))
shared = [0]; t = (shared, shared); t2 = copy.deepcopy(t); print(t2[0] is t2[1], t2[0] is shared)
print(copy.copy((1, 2)) is not None, copy.deepcopy((1, 2)), copy.copy(frozenset([1])), copy.deepcopy({'a': [1]}))
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self):
        print('__copy__ called'); return Custom(self.x)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__); return Custom(copy.deepcopy(self.x, memo))
c = Custom([1]); c1 = copy.copy(c); c2 = copy.deepcopy(c); print(c1.x is c.x, c2.x is c.x)
class Red:
    def __init__(self, a, b=0): self.a, self.b = a, b
    def __reduce__(self): return (Red, (self.a, self.b))
r = copy.deepcopy(Red([1], 2)); print(type(r).__name__, r.a, r.b)
class St:
    def __init__(self): self.data = [1]; self.cache = 'c'
    def __getstate__(self):
        d = self.__dict__.copy(); del d['cache']; return d
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = 'restored'
s2 = copy.deepcopy(St()); print(s2.data, s2.cache)
class Sl:
    __slots__ = ('p', 'q')
o = Sl(); o.p = [5]; o2 = copy.deepcopy(o); print(o2.p, o2.p is o.p, hasattr(o2, 'q'))
import functools
print(copy.deepcopy(functools.partial(max, 1))(5), copy.copy(len) is len, copy.deepcopy(Node) is Node)
try:
    copy.copy(iter([]))
    print('iter copied')
except TypeError as e:
    print('TypeError', e)
class NoCopy:
    def __reduce_ex__(self, proto): raise TypeError('cannot copy NoCopy')
try:
    copy.deepcopy(NoCopy())
except TypeError as e:
    print('TypeError', e)
print(copy.Error, copy.error is copy.Error)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
print(copy.replace if hasattr(copy, 'replace') else 'no replace')
