import weakref
class C:
    def m(self): return "m result"
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() == c.m, type(wm).__name__)
print(wm == weakref.WeakMethod(c.m))
del c
print(wm())
