from abc import ABC, abstractmethod
import types
import operator

class Animal(ABC):
    @abstractmethod
    def speak(self): ...
    @property
    @abstractmethod
    def legs(self): ...
    def describe(self):
        return f"{type(self).__name__} says {self.speak()} on {self.legs} legs"

class Dog(Animal):
    def speak(self): return "woof"
    @property
    def legs(self): return 4

print(Dog().describe())
try:
    Animal()
except TypeError as e:
    print(e)
class Half(Animal):
    def speak(self): return "?"
try:
    Half()
except TypeError as e:
    print(e)
print(Animal.__abstractmethods__ == frozenset({"speak", "legs"}), isinstance(Dog(), Animal))
class Duck: pass
Animal.register(Duck)
print(issubclass(Duck, Animal), isinstance(Duck(), Animal))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
M = types.new_class("M", (object,), {}, lambda ns: ns.update({"x": 5}))
print(M.__name__, M.x)
mp = types.MappingProxyType({"k": 1})
try:
    mp["k"] = 2
except TypeError as e:
    print(e)
print(mp["k"], dict(mp))
class K:
    def m(self): return 1
print(isinstance(K().m, types.MethodType), types.MethodType(lambda self: self.__class__.__name__, K())())
mod = types.ModuleType("mymod", "docstring")
mod.value = 9
print(mod, mod.__doc__, mod.value)
print(operator.add(1, 2), operator.mul("ab", 2), operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2))
getter = operator.itemgetter(1, 0)
print(getter(["a", "b", "c"]), operator.itemgetter("k")({"k": 3}))
class P:
    def __init__(self): self.name = "pp"; self.inner = types.SimpleNamespace(z=1)
print(operator.attrgetter("name", "inner.z")(P()))
print(operator.methodcaller("split", ",")("a,b,c"), operator.methodcaller("replace", "a", "b")("aaa"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(operator.contains([1, 2], 2), operator.is_(None, None), operator.index(5), operator.concat([1], [2]))
x = [1, 2, 3]
operator.setitem(x, 0, 9); operator.delitem(x, 1)
print(x, operator.getitem(x, -1), operator.lt(1, 2), operator.not_(0), operator.length_hint(iter(range(5))))
print(operator.iadd([1], [2]), operator.xor(5, 3), operator.pow(2, 10), operator.mod(-7, 3), operator.abs(-2))
