# What a call leaves on the caller's stack is released bottom up once the call returns
# (or raises): the arguments of a builtin call, the receiver and arguments of a method
# call, the callable itself; a Python function's arguments die with its frame, in slot
# order. __del__ shows the order, sys.getrefcount what the call holds.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def py3(a, b, c):
    print("in py3", sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c))


def py0():
    print("in py0")
    return D("n2")


class Box:
    def meth(self, a, b):
        print("in meth", sys.getrefcount(a))
        return a

    def bad(self, a, b, c):
        raise ValueError("bad")


print("-- builtin, four arguments")
print(max(D("a").name, D("b").name, D("c").name, D("d").name))
print("-- Python function, temporaries")
py3(D("x"), D("y"), D("z"))
print("after py3")
print("-- builtin keeps the callable alive")
f = lambda *a: len(a)
print(f(D("k1"), D("k2"), D("k3")))
print("-- method on a temporary receiver")
Box().meth(D("m1"), D("m2"))
print("after meth")
print("-- method raising with three arguments")
try:
    Box().bad(D("e1"), D("e2"), D("e3"))
except ValueError as e:
    print("caught", e)
print("-- builtin raising with three arguments")
try:
    divmod(D("q1"), D("q2"), D("q3"))
except TypeError as e:
    print("caught", type(e).__name__)
print("-- getattr of a callable dying during its own call")


class Temp:
    def __call__(self, x):
        print("call", sys.getrefcount(self) > 1)
        return x

    def __del__(self):
        print("del Temp")


print(Temp()(5))
print("-- the callable's count during the call")


def who():
    return sys.getrefcount(who)


base = sys.getrefcount(who)
print(who() - base)
g = who
print(g() - base)
print("-- nested calls in arguments")
py3(D("n1"), py0(), D("n3"))
print("end")
