# A proxy forwards every attribute, __class__ included, so isinstance() sees the
# referent's class; ProxyType and CallableProxyType are unrelated types.
import weakref
class A:
    x = 5
    def m(self): return "m"
    def __len__(self): return 3
    def __add__(self, o): return "add"
    def __call__(self, *a): return ("call", a)
a = A()
p = weakref.proxy(a)
print(isinstance(p, A), isinstance(p, weakref.ProxyType), type(p) is weakref.ProxyType, p.__class__)
print(p.x, p.m(), len(p), p + 1, str(p) == str(a), p.__dict__, hasattr(p, 'y'))
p.y = 3; print(a.y, p.y); del p.y; print(hasattr(a, 'y'))
c = weakref.proxy(a, lambda r: print("cb"))
print(type(c).__name__, c(1, 2), callable(c), isinstance(c, A))
print(issubclass(type(p), A), p.__class__.__name__, bool(p))
del a
try: p.x
except ReferenceError as e: print("RE", e)
try: isinstance(p, A)
except ReferenceError as e: print("RE2", e)
print(isinstance(p, weakref.ProxyType))
