import gc
class L(list): pass
class D(dict): pass
l = L([1, 2])
l.x = "x"
r = gc.get_referents(l)
print([x for x in r if x is not L], r.count(L))
d = D(a=1)
print(gc.get_referents(d)[-1], D in gc.get_referents(d))
