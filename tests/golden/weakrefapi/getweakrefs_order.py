import weakref
class A: pass
a = A()
print(weakref.getweakrefs(a))
c1 = weakref.ref(a, lambda w: None)
p = weakref.proxy(a)
r = weakref.ref(a)
c2 = weakref.ref(a, lambda w: None)
refs = weakref.getweakrefs(a)
names = {id(r): "r", id(p): "p", id(c1): "c1", id(c2): "c2"}
print([names[id(x)] for x in refs])
print(weakref.getweakrefs(5))
