import weakref
def f(x): return x * 2
class C:
    def __call__(self): return "called"
p = weakref.proxy(f)
print(type(p).__name__, p(21))
c = C()
print(type(weakref.proxy(c)).__name__, weakref.proxy(c)())
print(type(p) is weakref.CallableProxyType)
