# Subclasses of property, staticmethod and classmethod keep the descriptor behaviour.
class P(property):
    pass


class S(staticmethod):
    pass


class C(classmethod):
    pass


class A:
    x = P(lambda s: "prop x")
    y = S(lambda: "static y")
    z = C(lambda cls: "class z " + cls.__name__)

    @P
    def w(self):
        return "decorated w"

    @w.setter
    def w(self, v):
        print("set w", v)


a = A()
print(a.x, A.y(), a.y(), A.z(), a.w, type(A.__dict__["x"]).__name__, type(A.__dict__["w"]).__name__)
a.w = 5
try:
    a.x = 1
except AttributeError as e:
    print("AttributeError")


class Loop:
    def __get__(self, obj, cls):
        return self


class B:
    l = Loop()


print(type(B().l).__name__)
