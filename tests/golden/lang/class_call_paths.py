# `type.__call__` for every combination of `__new__` and `__init__`, their errors, and
# classes that change their constructors after instances were made.
import sys


class Neither:
    pass


class InitOnly:
    def __init__(self, *args, **kw):
        print("InitOnly.__init__", args, kw)


class NewOnly:
    def __new__(cls, *args, **kw):
        print("NewOnly.__new__", args, kw)
        return super().__new__(cls)


class Both:
    def __new__(cls, *args):
        print("Both.__new__", args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("Both.__init__", args)


class NewReturnsOther:
    def __new__(cls, *args):
        return 42

    def __init__(self, *args):
        print("never")


class BadInit:
    def __init__(self):
        return 1


class ObjectNewWithArgs:
    def __init__(self, x):
        object.__new__(ObjectNewWithArgs, x)


for cls, args, kw in [
    (Neither, (), {}),
    (Neither, (1,), {}),
    (Neither, (), {"k": 1}),
    (InitOnly, (1, 2), {"k": 3}),
    (NewOnly, (1,), {}),
    (NewOnly, (), {"k": 1}),
    (Both, (1, 2), {}),
    (NewReturnsOther, (1,), {}),
    (BadInit, (), {}),
    (ObjectNewWithArgs, (1,), {}),
]:
    try:
        r = cls(*args, **kw)
        print(cls.__name__, type(r).__name__)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)


# Subclasses of builtins, with and without their own __init__.
class MyInt(int):
    pass


class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = len(self)


print(MyInt(5) + 1, MyList([1, 2]), MyList([1, 2]).extra)


# Constructors replaced and removed after use.
class Changing:
    def __init__(self, v):
        self.v = v


c1 = Changing(1)
Changing.__init__ = lambda self, v: setattr(self, "v", v * 100)
c2 = Changing(2)
del Changing.__init__
try:
    Changing(3)
except TypeError as e:
    print("TypeError:", e)
c3 = Changing()
print(c1.v, c2.v, vars(c3))
Changing.__new__ = lambda cls, *a: object.__new__(cls)
c4 = Changing(4)
print(type(c4).__name__, vars(c4))


# A metaclass with __call__, and one without.
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(InitOnly, metaclass=Meta):
    pass


WithMeta(7)


class PlainMeta(type):
    pass


class UsesPlainMeta(metaclass=PlainMeta):
    def __init__(self, x):
        self.x = x


print(UsesPlainMeta(9).x, type(UsesPlainMeta).__name__)
X = PlainMeta("X", (), {"y": 1})
print(X.y, type(X).__name__)

# Counts: the new instance, its arguments while __init__ runs.
arg = object()


class Counting:
    def __init__(self, a):
        print(sys.getrefcount(self), sys.getrefcount(a))


Counting(arg)
print(sys.getrefcount(arg))
