from abc import ABC, ABCMeta, abstractmethod, get_cache_token
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return "%s with area %s" % (self.name(), self.area())


print(sorted(Shape.__abstractmethods__), type(Shape), Shape.__mro__)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


try:
    Square(2)
except TypeError as e:
    print(type(e).__name__, e)


class NamedSquare(Square):
    def name(self):
        return "square"


sq = NamedSquare(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(NamedSquare, Shape), NamedSquare.__abstractmethods__)


class Duck:
    pass


token = get_cache_token()
print(isinstance(Duck(), Shape))
print(Shape.register(Duck) is Duck, isinstance(Duck(), Shape), issubclass(Duck, Shape))
print(get_cache_token() != token)


class Closeable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class File:
    def close(self):
        pass


print(isinstance(File(), Closeable), isinstance(1, Closeable), issubclass(File, Closeable))
for bad in [lambda: issubclass(1, Shape), lambda: Shape.register(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(abc.abstractmethod(lambda: 0).__isabstractmethod__)
