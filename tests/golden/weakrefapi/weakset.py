import weakref
class I: pass
s = weakref.WeakSet()
a, b = I(), I()
s.add(a)
s.add(b)
s.add(a)
print(len(s), a in s, 1 in s)
del a
print(len(s))
s.discard(b)
print(len(s), list(s))
