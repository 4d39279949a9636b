# super() with one or two arguments: CPython's checks, unbound supers and their binding,
# and super_repr.
class A:
    def m(self):
        return "A.m"

    @classmethod
    def c(cls):
        return "A.c " + cls.__name__


class B(A):
    def m(self):
        return "B.m"

    def zero(self):
        return super()


for t in ["super(A)", "super(B).m", "super(B).__get__(B()).m()", "super(B).__get__(B(), B).m()",
          "super(B).__get__(None, B)", "super(B, B()).m()", "super(B, B).c()",
          "super(B, B).m(B())", "super(B, None)", "super(1, B())", "super(B, 1)",
          "super(B, A())", "super(A, B()).m", "super(int, 5).__add__(1)", "super(B).__self__",
          "super(B).__self_class__", "super(B).__thisclass__", "super(B, B()).__self_class__",
          "super(B, B).__self__", "super(B, B).__self_class__", "super(B, B(), 3)",
          "B().zero()", "super(A, B()).__get__(A())", "super(object, 3)",
          "super(type, int).__call__.__name__"]:
    try:
        print(t, "->", repr(eval(t)).split(" at 0x")[0])
    except Exception as e:
        print(t, "!!", type(e).__name__, e)

import collections


class D(collections.OrderedDict):
    pass


print(repr(super(D, D())), str(super(B, B())), repr(super(A, B)))
