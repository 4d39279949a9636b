import weakref
def f(): pass
class C:
    def m(self): pass
for obj in (f, C, set(), frozenset(), weakref, len, C().m):
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj)
