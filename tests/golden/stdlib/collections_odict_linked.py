# OrderedDict keeps its order in a linked list of nodes beside the dict (C's od_first/od_last),
# never reordering the dict: iteration, reversed, views, popitem, move_to_end, equality,
# copy, mutation errors of odict_iterator, a node's reference to its key, cycles.
import collections, sys, gc, pickle, copy
OD = collections.OrderedDict
od = OD.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('d', last=False)
print(list(od), list(reversed(od)), list(od.keys()), list(od.values()), list(od.items()))
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(list(dict.keys(od)), repr(od), od.popitem(), od.popitem(last=False), od)
print(od.pop('a'), od.pop('zz', 7))
try: od.pop('zz')
except KeyError as e: print('KeyError', e)
try: OD().popitem()
except KeyError as e: print('KeyError', e)
try: od.move_to_end('q')
except KeyError as e: print('KeyError', e)
try: OD().move_to_end('q')
except KeyError as e: print('KeyError', e)
try: del od['q']
except KeyError as e: print('KeyError', e)
print(od == OD(c=None, e=None), od == OD(e=None, c=None), od == dict(e=None, c=None), od != OD(e=None, c=None))
a = OD(x=1, y=2); b = OD(y=2, x=1)
print(a == b, dict(a) == dict(b), a.copy(), list(dict.keys(a.copy())))
b.move_to_end('y')
print(a == b, sys.getsizeof(a), sys.getsizeof(OD()), sys.getsizeof(OD.fromkeys(range(20))))
it = iter(a.items()); print(next(it), sys.getsizeof(it), type(it).__name__, gc.is_tracked(it))
c = OD.fromkeys(range(6))
del c[2]; c[2] = 'n'; c.move_to_end(0)
print(list(c), list(dict.keys(c)), c.setdefault(9, 'x'), c.setdefault(9, 'y'), c)
c.clear(); print(c, len(c), list(c))
c[1] = 1; print(c, pickle.loads(pickle.dumps(a)), copy.deepcopy(a), copy.copy(b))
for k in OD(p=1):
    pass
it = iter(b)
b['z'] = 3
try: next(it)
except RuntimeError as e: print(e)
try: next(it)
except StopIteration: print('stop')
it = iter(b); b.move_to_end('x')
try: next(it)
except RuntimeError as e: print(e)
it = iter(b); dict.__setitem__(b, 'w', 1)
try: print(next(it))
except RuntimeError as e: print(e)
try: print(next(it))
except RuntimeError as e: print(e)
# key references: the node holds one more
k = 'key' + str(1)
d = OD(); d[k] = 1
print(sys.getrefcount(k))
d.move_to_end(k); print(sys.getrefcount(k))
del d[k]; print(sys.getrefcount(k))
class Sub(OD):
    def __getitem__(self, k):
        print('getitem', k); return OD.__getitem__(self, k)
    def __delitem__(self, k):
        print('delitem', k); OD.__delitem__(self, k)
s = Sub(a=1, b=2)
print(s.pop('a'), s.popitem(), s, repr(Sub()))
# a cycle through an OrderedDict is collected
gc.collect()
x = OD(); x['self'] = x; x.move_to_end('self')
del x
print(gc.collect())
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return 'K%d' % self.n
    def __del__(self): print('del K', self.n)
h = OD(); h[K(1)] = 'a'; h[K(2)] = 'b'; h[K(3)] = 'c'
h.move_to_end(K(1)); del h[K(2)]
print(h, list(reversed(h)))
del h
print(OD(a=1) | {'b': 2}, {'b': 2} | OD(a=1))
v = OD(a=1); v |= {'c': 3}; print(v, v.keys(), v.values(), v.items())
print(list(OD(zip('xyz', range(3))).items()), 'end')
