# gc.get_referrers finds a class attribute's holder as the class's namespace dict (its
# tp_dict), while base classes are referred to by the class itself (its MRO and bases).
import gc
import types

class Widget:
    pass

w = Widget()
box = [w]

class Holder:
    item = w
    label = "holder"

def kinds(obj):
    out = []
    for r in gc.get_referrers(obj):
        if r is globals():
            out.append("module globals")
        elif isinstance(r, dict) and r.get("__module__") == __name__:
            out.append("class dict of " + r.get("label", "?"))
        elif isinstance(r, type):
            out.append("class " + r.__name__)
        elif isinstance(r, types.FrameType):
            out.append("frame")
        else:
            out.append(type(r).__name__)
    return sorted(out)

print("referrers of w:", kinds(w))
ns = [r for r in gc.get_referrers(w) if isinstance(r, dict) and "item" in r][0]
print("namespace copy has:", sorted(ns), ns["item"] is w)
del ns

class Base:
    shared = w
    label = "base"

class Child(Base):
    label = "child"

print("referrers of Base:", kinds(Base))
print("referrers of Widget:", kinds(Widget))
proxy_referents = gc.get_referents(Holder.__dict__)
print("mappingproxy referents:", [type(r).__name__ for r in proxy_referents],
      sorted(proxy_referents[0]))
del proxy_referents
print("class referents:", [type(r).__name__ for r in gc.get_referents(Child)])
Holder.item = None
print("after rebinding the attribute:", kinds(w))
del Base.shared
print("after deleting the attribute:", kinds(w))

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    thing = w
    label = "meta"

print("metaclass instance holder:", kinds(w))
del WithMeta
gc.collect()
print("after the class is gone:", kinds(w))
