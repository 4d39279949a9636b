# A property traverses its accessors and doc (property_traverse) and its tp_clear drops
# the doc (property_clear): cycles through a property's doc or accessors are collected,
# and a re-initialised property lets go of what it held at once.
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __call__(self, obj):
        return self.name

    def __del__(self):
        print("del", self.name)


gc.collect()
doc = [D("in-doc")]
p = property(None, None, None, doc)
doc.append(p)
del doc, p
print("collected doc cycle:", gc.collect())

getter = D("getter")
p = property(getter)
getter.prop = p
del getter, p
print("collected getter cycle:", gc.collect())

box = []
p = property(D("old-get"), D("old-set"), None, box)
box.append(p)
print("tracked:", gc.is_tracked(p))
p.__init__(D("new-get"))
print("after reinit, referents:", sorted(type(r).__name__ for r in gc.get_referents(p)))
del box
print("box freed without collection:", gc.collect())
del p
print("end")
