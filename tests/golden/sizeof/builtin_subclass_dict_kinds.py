# The __dict__ of an instance of a subclass of a builtin type: a split table of the
# class's shared keys, except over a base of variable size (int, tuple, bytes), whose
# subclasses have no cached keys in 3.11 and get plain dicts.
import sys


def probe(name, o):
    sizes = []
    for i in range(7):
        setattr(o, "a" + str(i), i)
        sizes.append(sys.getsizeof(o.__dict__))
    print(name, sizes)


class S(str): pass
class F(float): pass
class B(bytes): pass
class FS(frozenset): pass
class D(dict): pass
class ST(set): pass
class L(list): pass
class I(int): pass
class T(tuple): pass
class C(complex): pass


for name, o in [("str", S("x")), ("float", F(1.0)), ("bytes", B(b"x")), ("frozenset", FS()),
                ("dict", D()), ("set", ST()), ("list", L()), ("int", I(5)), ("tuple", T()),
                ("complex", C(1))]:
    probe(name, o)
