# isinstance() looks at `obj.__class__` when `type(obj)` is not a subclass
# (`object_isinstance`): a property, a class attribute, a `__getattribute__`
# that answers it, and classes changed after the first checks.
class Plain:
    pass


class Liar:
    @property
    def __class__(self):
        return dict


class Attr:
    __class__ = int


class Ga:
    def __getattribute__(self, name):
        if name == "__class__":
            return list
        return object.__getattribute__(self, name)


class Raises:
    @property
    def __class__(self):
        raise AttributeError("no class")


for obj in (Plain(), Liar(), Attr(), Ga(), Raises()):
    print(type(obj).__name__, isinstance(obj, dict), isinstance(obj, int),
          isinstance(obj, list), isinstance(obj, (str, dict)), isinstance(obj, type(obj)))

# A class gains a `__class__` property through a new base after being checked: the
# next check sees it; losing the base again, the check goes back.
class Root:
    pass


class LiarBase:
    @property
    def __class__(self):
        return dict


class Late(Root):
    pass


p = Late()
print(isinstance(p, dict), isinstance(p, Root))
Late.__bases__ = (LiarBase,)
print(isinstance(p, dict), isinstance(Late(), dict), isinstance(p, Root))
Late.__bases__ = (Root,)
print(isinstance(p, dict), isinstance(p, Root))
# A `__class__` in the instance's own dict does not hide the type's descriptor, but
# hides a plain class attribute.
q = Late()
q.__dict__["__class__"] = dict
a = Attr()
a.__dict__["__class__"] = str
print(isinstance(q, dict), q.__class__.__name__, isinstance(a, str), a.__class__.__name__)
# Assigning to `obj.__class__` changes the type itself.
q.__class__ = Root
print(isinstance(q, Late), isinstance(q, Root), type(q).__name__)
