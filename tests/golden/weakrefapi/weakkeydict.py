import weakref
class K: pass
d = weakref.WeakKeyDictionary()
k1, k2 = K(), K()
d[k1] = "one"
d[k2] = "two"
print(len(d), d[k1], k2 in d)
del k1
print(len(d), sorted(d.values()))
print(1 in d)
