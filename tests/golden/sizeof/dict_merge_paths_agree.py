# {**d}, dict(d), d.update(d2) and f(**d) all go through dict_merge (clone of a compact
# source, else one resize); d | e copies d first (PyDict_Copy). Errors of each path.
import sys
for n in (0, 1, 5, 6, 8, 10, 11, 20, 22, 50):
    d = {str(i): i for i in range(n)}
    e = dict(d); d2 = {}; d2.update(d)
    print(n, sys.getsizeof(d), sys.getsizeof({**d}), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()), sys.getsizeof(d2), sys.getsizeof({**d, 'x': 1}), sys.getsizeof(dict(d, y=2)))
    d[-1] = 0
    print(n, sys.getsizeof(d), sys.getsizeof({**d}), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()))
    if n: del d['0']
    print(n, sys.getsizeof(d), sys.getsizeof({**d}), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()))
for n in (1, 5, 6, 10, 11, 22):
    d = {str(i): i for i in range(n)}
    d[-1] = 0
    print(n, sys.getsizeof(d | {}), sys.getsizeof({} | d), sys.getsizeof(d | {'q': 1}))
    e = {}; e |= d; print(sys.getsizeof(e))
class M:
    def keys(self): return ['a', 'b', 'c']
    def __getitem__(self, k):
        if k == 'c': raise KeyError(k)
        return k * 2
d = {}
try: d.update(M())
except KeyError as e: print('KeyError', e, d)
try: print({**M()})
except KeyError as e: print('KeyError', e)
def f(**kw): return kw
try: f(a=1, **M())
except TypeError as e: print(e)
class D(dict):
    def keys(self): return ['z']
    def __getitem__(self, k): return 0
print({**D(x=1)}, dict(D(x=1)), f(**D(x=1)))
for src in ["{**1}", "dict(**1)", "print(**1)", "{**{'a':1}, **{'a':2}}", "print(**{'sep':1}, **{'sep':2})", "class M:\n def keys(self): return ['a']\n def __getitem__(self, k): return 5\nprint({**M()})"]:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__, e)
