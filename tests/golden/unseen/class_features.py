class Registry:
    plugins = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.plugins[name or cls.__name__.lower()] = cls

class CSVPlugin(Registry, name="csv"):
    pass
class JSONPlugin(Registry):
    pass
print(sorted(Registry.plugins), Registry.plugins["csv"].__name__)

class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Product:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
p = Product(10, 2)
print(p.price * p.qty, type(Product.price).__name__)
try:
    p.qty = -1
except ValueError as e:
    print(e)

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcs, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
class Base(metaclass=Meta):
    pass
class Sub(Base):
    def __init__(self, v):
        self.v = v
s = Sub(3)
print(s.v, Sub.created_by, type(Sub).__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    __hash__ = None
    def __iter__(self):
        yield self.x; yield self.y
v = Vec(1, 2) + Vec(3, 4)
print(v, list(v), Vec(1, 1) == Vec(1, 1))
try:
    v.z = 1
except AttributeError as e:
    print(e)
try:
    hash(v)
except TypeError as e:
    print(e)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self):
        print("deleting")
t = Temp()
t.f = 212
print(t._c, t.f)
del t.f
try:
    Temp.f.fset(t, 50) or print(t._c)
except Exception as e:
    print(e)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Cls:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
    @staticmethod
    def util(x): return x * 2
Cls.make(); Cls.make()
print(Cls.count, Cls.util(4), Cls().util(5))
