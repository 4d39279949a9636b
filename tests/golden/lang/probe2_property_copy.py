# property.getter/setter/deleter copy the property; None keeps the old accessor.


class A:
    @property
    def x(self):
        "x doc"
        return 1

    @x.setter
    def x(self, v):
        print("set", v)

    def other(self):
        "other doc"
        return 2

    kept_get = x.getter(None)
    kept_set = x.setter(None)
    kept_del = x.deleter(None)
    new_get = x.getter(other)


for name in ["x", "kept_get", "kept_set", "kept_del", "new_get"]:
    p = A.__dict__[name]
    print(name, p.fget.__name__ if p.fget else None, p.fset.__name__ if p.fset else None,
          p.fdel, p.__doc__)

a = A()
print(a.kept_get, a.new_get)
a.kept_set = 5
a.kept_get = 6
try:
    a.kept_del = 7
except AttributeError as e:
    print("AttributeError", e)


class Sub(property):
    pass


class B:
    @Sub
    def y(self):
        return 3
    z = y.getter(None)


print(type(B.__dict__["z"]).__name__, B().z)
try:
    property(lambda s: 1).getter()
except TypeError as e:
    print("TypeError", e)
try:
    property(lambda s: 1).getter(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    property(lambda s: 1).setter(fset=print)
except TypeError as e:
    print("TypeError", e)
