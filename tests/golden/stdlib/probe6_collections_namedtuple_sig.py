# namedtuple constructors are ordinary functions: signatures, defaults and errors.
from collections import namedtuple
import inspect

Point = namedtuple("Point", "x y", defaults=[0])
Color = namedtuple("Color", ["r", "g", "b"])
Single = namedtuple("Single", "value")
Empty = namedtuple("Empty", [])
print(inspect.signature(Point), inspect.signature(Color), inspect.signature(Single), inspect.signature(Empty))
print(inspect.signature(Point.__new__), Point.__new__.__defaults__, Color.__new__.__defaults__)
print(Point.__new__.__qualname__, Point.__new__.__doc__, Point.__new__.__code__.co_argcount)
print(Single(5), Single(value=6), Empty(), Point(y=2, x=1))
for make in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: Color(1, 2),
             lambda: Color(), lambda: Single(), lambda: Empty(1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
Point.__new__.__defaults__ = (7, 8)
print(Point(), Point(1))
Account = namedtuple("Account", "owner balance currency", defaults=(0, "USD"))
print(Account("ann"), Account._field_defaults, inspect.signature(Account))
params = inspect.signature(Account).parameters
print([(name, p.kind.name, p.default) for name, p in params.items()])
bound = inspect.signature(Account).bind("bob", 10)
print(bound.arguments, Account(*bound.args))
