import functools
import weakref

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.public, self.private = name, "_" + name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.private)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age, vars(p))
for bad in [("age", "x"), ("name", 5)]:
    try:
        setattr(p, *bad)
    except TypeError as e:
        print(e)
del p.age
print(p.age)
class Slotted:
    __slots__ = ("a", "b", "__weakref__")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), weakref.ref(s)() is s, Slotted.a.__class__.__name__)
try:
    s.b
except AttributeError as e:
    print(e)
class Child(Slotted):
    pass
c = Child(); c.z = 9
print(c.z, c.__dict__)
class Both(Slotted):
    __slots__ = ("c",)
try:
    Both().d = 1
except AttributeError as e:
    print(e)
class Cell:
    def __init__(self, v):
        self._v = v
    def _get(self): return self._v
    def _set(self, v): self._v = v
    value = property(_get, _set, doc="the value")
    double = property(lambda self: self._v * 2)
c = Cell(3)
c.value = 5
print(c.value, c.double, Cell.value.__doc__)
try:
    c.double = 1
except AttributeError as e:
    print(e)
try:
    del c.value
except AttributeError as e:
    print(e)
class Base:
    @property
    def x(self):
        return "base x"
class Derived(Base):
    @Base.x.getter
    def x(self):
        return "derived " + super().x
print(Derived().x)
class Cart:
    def __init__(self):
        self.items = []
    def _add(self, item, qty):
        self.items.append((item, qty))
    add_one = functools.partialmethod(_add, qty=1)
ct = Cart(); ct.add_one("apple")
print(ct.items)
class Meta(type):
    @property
    def registry(cls):
        return f"registry of {cls.__name__}"
class Model(metaclass=Meta): pass
print(Model.registry)
class Const:
    __slots__ = ()
    PI = 3.14
try:
    Const().PI = 3
except AttributeError as e:
    print(e)
class Lazy:
    @functools.cached_property
    def data(self):
        print("loading")
        return [1, 2]
lz = Lazy()
print(lz.data, lz.data)
del lz.data
print(lz.data)
class ClassProp:
    _count = 0
    @classmethod
    def inc(cls):
        cls._count += 1
        return cls._count
class SubProp(ClassProp): pass
print(ClassProp.inc(), SubProp.inc(), SubProp.inc(), ClassProp._count, SubProp._count)
print(type(Person.__dict__["name"]).__name__, Person.name.public, hasattr(Person, "__slots__"))
