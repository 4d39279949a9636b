import gc, sys, types
from collections import OrderedDict

class C:
    x = 1
    def f(self):
        pass

ns = C.__dict__
print(type(ns).__name__, type(vars(C)).__name__, vars(C) is C.__dict__)
print(sys.getsizeof(ns), gc.is_tracked(ns), len(ns))
print(sorted(ns), sorted(ns.keys()), 'x' in ns, 'y' in ns, ns['x'], ns.get('y'), ns.get('y', 7))
print([k for k in ns if not k.startswith('__')])
C.y = 2
print('y' in ns, ns['y'], len(ns))
del C.y
print('y' in ns)
for op in ("ns['x'] = 3", "del ns['x']", "ns |= {}", "hash(ns)", "ns.pop('x')", "ns['nope']"):
    try:
        exec(op)
    except Exception as e:
        print(op, '->', type(e).__name__, e)
print(type(ns.copy()).__name__, sorted(ns.copy()) == sorted(ns))
print(type(ns | {'z': 1}).__name__, 'z' in (ns | {'z': 1}), type({'z': 1} | ns).__name__)

d = {'a': 1, 'b': 2}
p = types.MappingProxyType(d)
print(p, repr(p), str(p), len(p), list(p), list(reversed(p)))
print(p.keys(), p.values(), p.items(), p.copy() == d, p.copy() is d)
d['c'] = 3
print(p['c'], p == d, p != d, d == p, p == {'a': 1})
print(sys.getrefcount(d))
q = types.MappingProxyType(p)
print(q, type(q).__name__)
del q, p
print(sys.getrefcount(d))
print(types.MappingProxyType(mapping={'k': 0}))
for bad in ([1], (1,), 5, 'abc', int, None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
od = types.MappingProxyType(OrderedDict(b=1, a=2))
print(od, od.copy(), list(reversed(od)))

class M:
    def __getitem__(self, k):
        return k * 2
    def keys(self):
        return ['u', 'v']
    def get(self, k, default=None):
        return 'got ' + k
m = types.MappingProxyType(M())
print(m['ab'], m.get('q'), m.keys())

class Node:
    pass
n = Node()
n.proxy = types.MappingProxyType({'node': n})
del n
print(gc.collect())
print(type(type.__dict__).__name__, 'mro' in type.__dict__, type(int.__dict__) is types.MappingProxyType)
print(types.MappingProxyType.__name__, types.MappingProxyType.__module__)
print(sorted(k for k in dir(types.MappingProxyType) if not k.startswith('__')))
print(isinstance(ns, types.MappingProxyType), issubclass(types.MappingProxyType, dict))
