# property_init (3.11) reads the getter's __doc__ once, when the property is made, and
# holds it (prop_doc, visited by property_traverse, None included); a doc given as None
# is held as well. property_copy (getter/setter/deleter) calls the property's type with
# (fget, fset, fdel, doc), so a subclass's __init__ runs for each copy, and a doc that came
# from the getter is read again from the new getter.
import gc
import sys

def f(self):
    "fdoc"
    return 1

def g(self, v):
    pass

def h(self):
    return 2

p = property(f)
f.__doc__ = 'changed'
print(p.__doc__)
f.__doc__ = 'fdoc'
print(gc.get_referents(property(doc=None)), gc.get_referents(property(None, None, None, 'd')))
print(len(gc.get_referents(property(h))), property(h).__doc__)
q = property(h).setter(g)
print(q.__doc__, len(gc.get_referents(q)))
print(property(f, doc='x').getter(h).__doc__, property(f).getter(h).__doc__)
print(property(f).setter(g).__doc__, property(f).deleter(None).fget is f)

doc = 'a docstring held by the property ' + str(len('xyz'))
def k(self):
    pass
k.__doc__ = doc
before = sys.getrefcount(doc)
pk = property(k)
print(sys.getrefcount(doc) - before)
del pk
print(sys.getrefcount(doc) - before)

class P(property):
    def __init__(self, *a, **kw):
        print("P.__init__", len(a), sorted(kw))
        super().__init__(*a, **kw)

r = P(f)
print(r.__doc__, r.__dict__)
r2 = r.setter(g)
print(type(r2).__name__, r2.__doc__, r2.fset is g, r2.fget is f)

class C:
    x = P(f)
    @x.setter
    def x(self, v):
        print("set", v)
c = C()
print(c.x)
c.x = 5
