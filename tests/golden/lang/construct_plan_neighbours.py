# type.__call__ remembers how a class builds its instances; every change that could
# alter the answer must be seen: new __init__, __new__, deleted __init__, bases, errors.
import sys


class A:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


for i in range(3):
    a = A(i)
print(a.x, a.y, A(1, y=5).y, A(y=7, x=8).x)


def init2(self, x):
    self.x = x * 10
    self.y = "two"


A.__init__ = init2
b = A(3)
print(b.x, b.y)
del A.__init__
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
print(type(A()).__name__)


class B:
    pass


for _ in range(3):
    B()
try:
    B(1)
except TypeError as e:
    print("TypeError:", e)
B.__new__ = lambda cls, *a: "made by __new__"
print(B(), B(1, 2))
del B.__new__
print(type(B()).__name__)


class Bad:
    def __init__(self):
        return 5


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


for i in range(3):
    s = Slotted(i)
print(s.a, hasattr(s, "__dict__"))


class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


for i in range(3):
    c = Child(i)
print(c.v)
Base.__init__ = lambda self, v: setattr(self, "v", -v)
print(Child(4).v)


class Counted:
    def __init__(self, arg):
        # The call's argument tuple holds a reference too, as in CPython.
        print("refs to arg:", sys.getrefcount(arg))


obj = object()
for _ in range(2):
    Counted(obj)


class WithCall:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw


w = WithCall(1, 2, k=3)
print(w.args, w.kw)


class Raises:
    def __init__(self, n):
        if n:
            raise ValueError(n)
        self.n = n


for n in (0, 1, 0):
    try:
        print(Raises(n).n)
    except ValueError as e:
        print("ValueError", e)


class Meta(type):
    def __call__(cls, *a):
        return ("meta", a)


class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x


print(M(1), M(2))
