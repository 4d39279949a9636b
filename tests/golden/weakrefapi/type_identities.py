import weakref
print(weakref.ref is weakref.ReferenceType)
class A: pass
a = A()
print(type(weakref.ref(a)) is weakref.ReferenceType)
print(type(weakref.proxy(a)) is weakref.ProxyType)
print(type(weakref.proxy(len)) is weakref.CallableProxyType)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(weakref.ReferenceType.__name__, weakref.ProxyType.__name__, weakref.CallableProxyType.__name__)
print(issubclass(weakref.WeakMethod, weakref.ref))
