# property.__init__ run again on a made property replaces every field (property_init_impl),
# for exact properties and subclasses, by position and keyword; its name is forgotten.
import sys


def a(self):
    "a's doc"
    return "a"


def b(self):
    return "b"


def setter(self, v):
    print("set", v)


p = property(a)
print(p.fget is a, p.fset, p.__doc__)
p.__init__(b)
print(p.fget is b, p.fset, p.__doc__)
p.__init__(fget=a, fset=setter, doc="given")
print(p.fget is a, p.fset is setter, p.__doc__)
p.__init__(None, None, None, None)
print(p.fget, p.fset, p.fdel, p.__doc__)
p.__init__()
print(p.fget, p.__doc__)
try:
    p.__init__(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    p.__init__(bad=1)
except TypeError as e:
    print("TypeError:", e)


class K:
    x = property(a)


print(K().x, K.x.__doc__)
try:
    K().x = 1
except AttributeError as e:
    print("AttributeError:", e)
K.x.__init__(b, setter)
print(K().x, K.x.__doc__)
K().x = 2
K.x.__init__(b)
try:
    K().x = 3
except AttributeError as e:
    print("AttributeError:", e)


class P(property):
    pass


q = P(a, doc="explicit")
print(q.__doc__, q.__dict__)
q.__init__(a)
print(q.__doc__, q.__dict__)
q.__init__(b)
print(q.__doc__, q.__dict__, q.fget is b)


class Lazy(property):
    def __init__(self, *args):
        print("Lazy.__init__ got", len(args), "arguments")


lz = Lazy(a, b, 3, 4, 5, 6)
print(lz.fget, lz.fset)
lz.__init__(a)
super(Lazy, lz).__init__(a)
print(lz.fget is a, lz.__dict__)


class Holder:
    def __init__(self, name):
        self.name = name

    def __call__(self, obj):
        return self.name

    def __del__(self):
        print("del", self.name)


hp = property(Holder("get"), Holder("set"), Holder("del"), "doc")
print("refcount of a before:", sys.getrefcount(a))
hp.__init__(a)
print("refcount of a after:", sys.getrefcount(a))
hp.__init__()
print("refcount of a cleared:", sys.getrefcount(a))
print("end")
