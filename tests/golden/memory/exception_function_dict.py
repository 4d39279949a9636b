import sys, gc
try:
    undefined_name
except NameError as e:
    print(e.name)
    e.foo = 1
    print(vars(e) if hasattr(e, '__dict__') else 'nodict')
class K(Exception): pass
k = K()
print(k.__dict__)
k.a = 1
d = k.__dict__
print(d, d is k.__dict__, sys.getsizeof(d))
class L(list): pass
l = L()
l.x = 1
print(l.__dict__, l.__dict__ is l.__dict__)
gc.collect()
def f(): pass
f.a = 1
print(f.__dict__ is f.__dict__)
a = K(); b = K(); a.b = b; b.a = a
del a, b
print(gc.collect())
def f(): pass
print(f.__dict__, sys.getrefcount(f.__dict__))
f.x = 1
print(f.__dict__, f.x)
f.__dict__['y'] = 2
print(f.y)
del f.x
print(f.__dict__)
try:
    del f.zz
except AttributeError as e:
    print(e)
def g(): pass
g.me = g
del g
print(gc.collect())
e = NameError('a', name='q')
print(e.name, e.__dict__)
e.name = 'r'
print(e.name, e.__dict__)
del e.name
print(e.name)
e2 = OSError(2, 'nf', 'file')
print(e2.errno, e2.filename, e2.__dict__)
e2.extra = 5
print(e2.__dict__, sys.getsizeof(e2.__dict__))
class E(Exception):
    def __init__(self):
        self.x = self
x = E()
del x
print(gc.collect())
try:
    raise StopIteration(3)
except StopIteration as s:
    print(s.value); s.value = 4; print(s.value, s.__dict__)
try:
    NameError('a', foo=1)
except TypeError as e: print(e)
try:
    AttributeError('a', name='x', obj=3, bad=2)
except TypeError as e: print(e)
a = AttributeError('a', name='x', obj=3)
print(a.name, a.obj, a.args)
try:
    ValueError('x', name=1)
except TypeError as e: print(e)
class V(ValueError): pass
try:
    V(1, x=2)
except TypeError as e: print(e)
try:
    ImportError('m', name='n', path='p', extra=1)
except TypeError as e: print(e)
i = ImportError('m', name='n', path='p')
print(i.msg, i.name, i.path, i.__dict__)
class N(NameError):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
n = N('z', q=1)
print(n.k, n.name, n.__dict__)
