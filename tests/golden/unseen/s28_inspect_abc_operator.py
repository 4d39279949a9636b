# Introspection and abstract classes
import inspect
import abc
import operator

def example(a, b=2, *args, c, d=4, **kw) -> int:
    """Example function."""
    return a
sig = inspect.signature(example)
print(sig, list(sig.parameters), sig.return_annotation)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty)
print(sig.bind(1, c=3).arguments, inspect.getdoc(example))
print(inspect.isfunction(example), inspect.isclass(int), inspect.ismethod([].append), inspect.isbuiltin(len))
print(inspect.isgeneratorfunction(example), inspect.iscoroutinefunction(example))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
print(Square(3).describe(), Shape.__abstractmethods__, isinstance(Square(1), Shape))
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized))
@Shape.register
class Virtual:
    pass
print(issubclass(Virtual, Shape), isinstance(Virtual(), Shape), Virtual.__mro__)
print([n for n, _ in inspect.getmembers(Square, inspect.isfunction)])
print(inspect.getmro(Square)[1:], inspect.getmodule(example).__name__)
src = inspect.getsource(Square.area)
print(repr(src))
def outer():
    return inspect.currentframe().f_code.co_name, inspect.stack()[1].function
print(outer())
getter = operator.itemgetter(1, 0)
print(getter(["a", "b"]), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("upper")("x"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(operator.add(1, 2), operator.mul("ab", 2), operator.neg(5), operator.contains([1], 1), operator.index(7))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.pow(2, 10), operator.xor(6, 3), operator.not_(0))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("x.y")), repr(operator.methodcaller("f", 1, k=2)))
lst = [1, 2]
operator.iadd(lst, [3])
print(lst, operator.length_hint(iter([1, 2, 3])), operator.is_(None, None))
