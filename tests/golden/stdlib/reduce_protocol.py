# object.__reduce_ex__ as CPython: copyreg._reduce_ex below protocol 2, copyreg.__newobj__ /
# __newobj_ex__ (with __getnewargs_ex__) from 2 on; functools.partial state round trips.
import copy, pickle, copyreg
from functools import partial
p = partial(int, 'x'); print(p.__reduce__())
q = partial(int, base=2); q.attr = 1; print(q.__reduce__())
r = partial(len); r.__setstate__((int, ('10',), {'base': 2}, {'z': 1})); print(r(), r.z, r.__dict__)
for bad in [(), (int,), (int, 1, None, None), (1, (), None, None), (int, (), 5, None)]:
    try: r.__setstate__(bad); print('ok', r)
    except Exception as e: print(type(e).__name__, e)
r.__setstate__((int, (), None, None)); print(r.keywords, r.__dict__)
s = pickle.loads(pickle.dumps(partial(int, '12', base=3)))
print(s, s())
c = copy.deepcopy(q); print(c, c.attr, c('101'))
class A:
    def __init__(self): self.x = 1
a = A()
for p in range(6):
    r = a.__reduce_ex__(p)
    print(p, r[0].__name__, r[1][0].__name__ if isinstance(r[1], tuple) and r[1] and isinstance(r[1][0], type) else r[1], r[2:])
print(a.__reduce__()[0].__name__)
class K:
    def __new__(cls, a, *, b): o = object.__new__(cls); o.a, o.b = a, b; return o
    def __getnewargs_ex__(self): return ((self.a,), {'b': self.b})
k = K(1, b=2)
r = k.__reduce_ex__(4); print(r[0].__name__, r[1][1:], r[2])
print(copy.copy(k).b, pickle.loads(pickle.dumps(k)).b)
class Bad:
    def __getnewargs_ex__(self): return (1, 2, 3)
try: Bad().__reduce_ex__(2)
except Exception as e: print(type(e).__name__, e)
class L(list): pass
l = L([1, 2]); l.z = 3
r = l.__reduce_ex__(2); print(r[0].__name__, r[1][0].__name__, r[2], list(r[3]))
print(copy.deepcopy(l), copy.deepcopy(l).z)
r = l.__reduce_ex__(1); print(r[0].__name__, r[1], r[2])
