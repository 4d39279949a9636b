# sys.getrefcount inside methods reached through operators, calls and protocols:
# self and the arguments are borrowed, as CPython's slot functions pass them.
import sys
class K:
    def __init__(self, x):
        print('init', sys.getrefcount(self), sys.getrefcount(x))
    def m(self, a):
        print('m', sys.getrefcount(self), sys.getrefcount(a))
    def __call__(self, a):
        print('call', sys.getrefcount(self), sys.getrefcount(a))
    def __getitem__(self, i):
        print('getitem', sys.getrefcount(self), sys.getrefcount(i))
    def __eq__(self, o):
        print('eq', sys.getrefcount(self), sys.getrefcount(o)); return True
    def __len__(self):
        print('len', sys.getrefcount(self)); return 0
    def __repr__(self):
        print('repr', sys.getrefcount(self)); return 'K'
    def __iter__(self):
        print('iter', sys.getrefcount(self)); return iter([])
    def __enter__(self):
        print('enter', sys.getrefcount(self)); return self
    def __exit__(self, *a):
        print('exit', sys.getrefcount(self)); return False
    def __hash__(self):
        print('hash', sys.getrefcount(self)); return 1
    def __add__(self, o):
        print('add', sys.getrefcount(self), sys.getrefcount(o)); return 1
x = [1]
k = K(x)
k.m(x)
K.m(k, x)
k(x)
k[x]
k == x
len(k)
repr(k)
for _ in k: pass
with k: pass
hash(k)
k + x
f = k.m
f(x)
def g(*args): print('star', sys.getrefcount(args[0]))
g(x)
def h(**kw): print('kw', sys.getrefcount(kw['a']))
h(a=x)
print(list(map(lambda v: sys.getrefcount(v), [x])))
def f(): print('f', sys.getrefcount(f))
f()
class K:
    def m(self): print('m', sys.getrefcount(K.m), sys.getrefcount(K.__dict__['m']))
    def __eq__(self, o): print('eq', sys.getrefcount(self), sys.getrefcount(o)); return True
    def __lt__(self, o): print('lt', sys.getrefcount(self), sys.getrefcount(o)); return True
    def __contains__(self, o): print('contains', sys.getrefcount(self), sys.getrefcount(o)); return True
K().m()
k = K(); x = [1]
k == x
k < x
x in k
x == k
g = lambda: print('lam', sys.getrefcount(g))
g()
def outer():
    def inner(): print('inner', sys.getrefcount(inner))
    inner()
outer()
