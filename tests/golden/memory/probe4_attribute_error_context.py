# An AttributeError raised by __getattr__ (of a class or a module) gets `name` and `obj`
# from the lookup that failed, unless it has them already.
import types
import traceback


class A:
    value = 1

    def __getattr__(self, name):
        raise AttributeError("nope " + name)


a = A()
try:
    a.valu
except AttributeError as e:
    print(repr(e), e.name, e.obj is a)

try:
    getattr(a, "other")
except AttributeError as e:
    print(repr(e), e.name, e.obj is a)


class B:
    def __getattr__(self, name):
        raise AttributeError("preset", name="given", obj=42)


try:
    B().missing
except AttributeError as e:
    print(e.name, e.obj)


class C:
    @property
    def broken(self):
        raise AttributeError("inside property")


try:
    C().broken
except AttributeError as e:
    print(repr(e), e.name, type(e.obj).__name__)

m = types.ModuleType("mm")
m.value = 1
m.__getattr__ = lambda n: (_ for _ in ()).throw(AttributeError("mod " + n))
try:
    m.valu
except AttributeError as e:
    print(repr(e), e.name, e.obj is m)

print(hasattr(a, "zzz"), getattr(a, "zzz", "default"))


class Sub(AttributeError):
    pass


class D:
    def __getattr__(self, name):
        raise Sub(name)


try:
    D().q
except AttributeError as e:
    print(type(e).__name__, e.name, type(e.obj).__name__)

# The hint the traceback printer adds, for modules (their dict only) and objects.
import sys
import resource
for obj, name in [(sys, "getsizof"), (sys, "__file__"), (resource.getrusage(0), "_fields"),
                  (a, "valeu"), (m, "vaule")]:
    try:
        getattr(obj, name)
    except AttributeError:
        print(traceback.format_exc().splitlines()[-1])
a.valu
