import weakref
class L(list): pass
l = L()
l.extend([3, 1, 2])
p = weakref.proxy(l)
print(len(p), p[0], 1 in p, list(p))
p[0] = 9
print(l)
print(p == [9, 1, 2])
