import weakref
class C:
    def m(self): pass
c = C()
wm = weakref.WeakMethod(c.m, lambda w: print("callback", w is wm))
del c
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
