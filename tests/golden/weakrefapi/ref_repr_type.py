import weakref
class A: pass
a = A()
r = weakref.ref(a)
print(type(r).__name__, type(r).__module__)
print(repr(r).startswith("<weakref at "), "to 'A'" in repr(r))
del a
print(repr(r).endswith("; dead>"))
