# Abstract base classes and the types module
from abc import ABC, abstractmethod, ABCMeta
import types
from collections.abc import Sequence, Iterable, Sized, Hashable, Mapping, MutableMapping

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return "rect"

class Half(Shape):
    def area(self):
        return 1

print(Rect(2, 3).describe(), Shape.__abstractmethods__ == frozenset({"area", "name"}))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

class Duck(metaclass=ABCMeta):
    pass

Duck.register(int)
print(isinstance(3, Duck), issubclass(bool, Duck), issubclass(str, Duck))

class Countdown(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i

c = Countdown(4)
print(list(c), 2 in c, c.index(2), c.count(1), list(reversed(c)))
print(isinstance(c, Iterable), isinstance([], Sequence), isinstance({}, Mapping), issubclass(dict, MutableMapping))

class Sizer:
    def __len__(self):
        return 0
print(isinstance(Sizer(), Sized), isinstance([], Hashable), isinstance((), Hashable))

ns = types.SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns == types.SimpleNamespace(x=1, y="two", z=[3]), vars(ns))
proxy = types.MappingProxyType({"a": 1})
print(proxy, proxy["a"], len(proxy), list(proxy.items()))
try:
    proxy["b"] = 2
except TypeError as e:
    print("TypeError:", e)

def f():
    pass

print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(f.__code__) is types.CodeType)
print(isinstance((x for x in ()), types.GeneratorType), type(ns.__dict__) is dict)
print(type(Rect(1, 1).area) is types.MethodType, types.NoneType, types.ModuleType("m").__name__)
m = types.ModuleType("mymod", "A doc")
m.value = 5
print(m, m.__doc__, m.value)
bound = types.MethodType(lambda self: self.w * 2, Rect(4, 1))
print(bound())
Point = types.new_class("Point", (), {}, lambda ns: ns.update({"dims": 2}))
print(Point, Point.dims)
print(types.resolve_bases((int, str)), types.get_original_bases if hasattr(types, "get_original_bases") else "n/a")
print(type(int.__add__) is types.WrapperDescriptorType, type(str.join) is types.MethodDescriptorType)
print(types.GenericAlias(list, (int,)), type(list[int]) is types.GenericAlias)
