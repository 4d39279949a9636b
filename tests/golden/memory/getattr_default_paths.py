# getattr(obj, name, default) and hasattr: a plain miss gives the default without an
# exception escaping; AttributeErrors from hooks and descriptors count as misses, other
# errors propagate; the handled exception is left alone.
import gc
import sys


class Plain:
    x = 1


class Prop:
    @property
    def bad(self):
        raise AttributeError("from property")

    @property
    def worse(self):
        raise ValueError("from property")


class Hook:
    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        raise AttributeError(name)


class GetAttribute:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(name)


p, pr, h, ga = Plain(), Prop(), Hook(), GetAttribute()
print(getattr(p, "x", 0), getattr(p, "y", "dflt"), hasattr(p, "x"), hasattr(p, "y"))
print(getattr(pr, "bad", "dflt"), hasattr(pr, "bad"))
for f in (lambda: getattr(pr, "worse", 0), lambda: hasattr(pr, "worse")):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print(getattr(h, "dyn", 0), getattr(h, "nope", "dflt"), hasattr(h, "nope"))
print(getattr(ga, "anything", "dflt"), hasattr(ga, "x"))
try:
    getattr(ga, "boom", 0)
except KeyError as e:
    print("KeyError:", e)
try:
    getattr(p, "y")
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is p)
try:
    getattr(p, 1, None)
except TypeError as e:
    print("TypeError:", e)
print(getattr(Plain, "x", 0), getattr(Plain, "y", 0), getattr(sys, "nope", "m"))

try:
    raise RuntimeError("outer")
except RuntimeError:
    getattr(p, "y", None)
    hasattr(h, "nope")
    print(sys.exc_info()[1])
    try:
        raise ValueError("inner")
    except ValueError as e:
        print(repr(e.__context__))

gc.collect()
gc.disable()
c0 = gc.get_count()[0]
for _ in range(100):
    getattr(p, "y", None)
    hasattr(p, "zz")
print(gc.get_count()[0] - c0)
gc.enable()
