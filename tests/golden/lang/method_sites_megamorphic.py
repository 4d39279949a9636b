# One LOAD_METHOD site over many receiver classes (a megamorphic site): every load gives
# what the full lookup gives, whatever the site saw before -- instance attributes that
# hide the method, classes changed mid-loop, a Python __getattribute__, builtin receivers,
# classes as receivers -- and reference counts are as CPython's.
import sys
from collections import deque


class A:
    def m(self):
        return "A.m"


class B:
    def m(self):
        return "B.m"


class C(A):
    def m(self):
        return "C.m"


class D(B):
    pass


class E:
    __slots__ = ("x",)

    def m(self):
        return "E.m"


class Hooked:
    def __getattribute__(self, name):
        if name == "m":
            return lambda: "Hooked.__getattribute__"
        return object.__getattribute__(self, name)

    def m(self):
        return "Hooked.m"


class Meta(type):
    def m(cls):
        return "Meta.m for " + cls.__name__


class WithMeta(metaclass=Meta):
    pass


def call_all(objs):
    return [o.m() for o in objs]


objs = [A(), B(), C(), D(), E(), A(), Hooked(), WithMeta]
for _ in range(3):
    print(call_all(objs))

# An instance attribute hides the method at a site that has gone megamorphic.
shadowed = A()
shadowed.m = lambda: "instance attribute"
print(call_all(objs + [shadowed]))
del shadowed.m
print(call_all([shadowed]))

# A class changed between loads: the new method answers at once.
def new_m(self):
    return "B.m replaced"


old_b_m = B.m
B.m = new_m
print(call_all(objs))
B.m = old_b_m
del B.m
try:
    call_all([B()])
except AttributeError as e:
    print("AttributeError:", e)
B.m = old_b_m
print(call_all(objs))

# A class made during the loop, and a method added to a base.
class F(A):
    pass


A.extra = lambda self: "added"
print(call_all([F(), A(), C(), D(), E()][:4]), [o.extra() for o in (F(), A(), C())])

# Builtin receivers at one site: methods of list, deque, dict, str and a list subclass.
class MyList(list):
    def copy(self):
        return "MyList.copy"


for o in [[1, 2], deque([3]), {"k": 1}, MyList([4]), [5], MyList(), {}, deque()]:
    print(type(o).__name__, o.copy())

# Reference counts: the site keeps nothing alive and changes no count.
fns = [A.m, B.m, C.m, E.m]
before = [sys.getrefcount(f) for f in fns]
inst = [A(), B(), C(), D(), E()]
before_inst = [sys.getrefcount(o) for o in inst]
for _ in range(50):
    call_all(inst)
print([sys.getrefcount(f) for f in fns] == before)
print([sys.getrefcount(o) for o in inst] == before_inst)

# A receiver whose class dies after the site saw it: a later class reuses nothing.
def make_class(i):
    class K:
        def m(self):
            return "K%d" % i
    return K


for i in range(6):
    print(call_all([make_class(i)(), A(), B()]))
