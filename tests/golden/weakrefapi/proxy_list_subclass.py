import weakref
class L(list): pass
l = L([3, 1, 2])
p = weakref.proxy(l)
print(len(p), p[0], list(p))
