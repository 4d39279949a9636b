def make(name, *bases, **ns):
    try:
        c = type(name, bases, dict(ns))
        print(name, "ok", [b.__name__ for b in c.__mro__])
    except TypeError as e:
        print(name, "TypeError:", e)

class A: __slots__ = ('a',)
class B: __slots__ = ('b',)
class E: __slots__ = ()
class P: pass
class Q: pass
class SubA(A): __slots__ = ('c',)
class IntSub(int): pass
class D(dict): pass
make("X1", int, str)
make("X2", list, dict)
make("X3", A, B)
make("X4", A, E)
make("X5", P, Q)
make("X6", A, SubA)
make("X7", SubA, A)
make("X8", IntSub, int)
make("X9", int, IntSub)
make("X10", P, int)
make("X11", D, dict, P)
make("X12", D, list)
make("X13", Exception, int)
make("X14", ValueError, KeyError)
make("X15", OSError, ValueError)
make("X16", A, P)
make("X17", object, int)
make("X18", int, object)
make("X19", bool, int)
try:
    class Y(list, tuple):
        pass
except TypeError as e:
    print("class statement:", e)
