import sys
class C:
    pass
o = C()
lst = [o, o, o]
print(sys.getrefcount(o))
d = {"k": o}
print(sys.getrefcount(o))
t = (o,)
print(sys.getrefcount(o))
lst.pop()
del d["k"]
print(sys.getrefcount(o))
holder = C()
holder.attr = o
print(sys.getrefcount(o))
del holder
del t
print(sys.getrefcount(o))
