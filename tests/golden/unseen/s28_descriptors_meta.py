# Descriptors, properties and metaclasses, as a tutorial shows them
import sys

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print(f"__set_name__ {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Product:
    name = Typed(str)
    price = Typed(float)
    def __init__(self, name, price):
        self.name = name
        self.price = price

p = Product("pen", 1.5)
print(p.name, p.price, Product.name.kind, sorted(vars(p)))
try:
    p.price = "cheap"
except TypeError as e:
    print("TypeError:", e)

class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

t = Temperature()
t.celsius = 25
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.celsius
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, prop.fget.__name__, prop.fset is not None, prop.fdel is not None)
prop2 = property()
prop2.__init__(lambda self: 99, doc="re-initialised")
class Holder:
    value = prop2
print(Holder().value, Holder.value.__doc__)

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
class Base(metaclass=Registry):
    pass
class Child(Base):
    def __init__(self, x=0):
        self.x = x
print(Registry.classes, type(Child).__name__, Child(5).x)

class Plugin:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[key or cls.__name__] = cls
class CSV(Plugin, key="csv"): pass
class JSON(Plugin): pass
print(sorted(Plugin.plugins))

class Lazy:
    def __getattr__(self, name):
        return f"computed {name}"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
lz = Lazy()
print(lz.anything, lz.secret)
class Seq:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Seq[int])
class Frozen:
    __slots__ = ("a",)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
try:
    Frozen().a = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sys.getrefcount(Typed) >= 2, Product.__dict__["price"].name)
