# A property's getter, setter or deleter that re-initialises the very property it runs
# for (property.__init__ on the live descriptor): the next access uses the new functions.
import sys


class C:
    def g(self):
        C.__dict__["x"].__init__(lambda s: 2, None, None, "new doc")
        return 1

    x = property(g, doc="old doc")

    def s(self, v):
        C.__dict__["y"].__init__(lambda s: "got", lambda s, v: print("new setter", v))
        print("old setter", v)

    y = property(lambda s: "y", s)


c = C()
print(c.x, c.x, C.x.__doc__)
c.y = 1
c.y = 2
print(c.y)
try:
    del c.y
except AttributeError as e:
    print(e)
p = C.__dict__["x"]
print(sys.getrefcount(p) > 1, p.fset, p.fdel)
