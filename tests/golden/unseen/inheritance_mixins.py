import json

class JSONMixin:
    def to_json(self):
        return json.dumps(self.__dict__, sort_keys=True)

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"

class Shape(ReprMixin):
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"

class Rect(Shape, JSONMixin):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

shapes = [Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe())
print(shapes[1], shapes[1].to_json())
print([type(s).__mro__[1].__name__ for s in shapes], Square.__bases__, issubclass(Square, JSONMixin))
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(hasattr(Circle(1), "to_json"), getattr(Circle(2), "r"), getattr(Circle(2), "q", "none"))
print(Square.__name__, Square.__qualname__, Square.__module__, Rect.area.__qualname__)
print(type(Square(1)) is Square, isinstance(Square(1), (Circle, Rect)), Shape.sides, Square.sides)
class Base:
    def __init__(self, **kw):
        print("Base init", kw)
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left init", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right init", right)
        super().__init__(**kw)
class Both(Left, Right):
    pass
Both(left=1, right=2, extra=3)
print([c.__name__ for c in Both.mro()])
print(Both.__init__ is Left.__init__, super(Left, Both()).__init__.__func__ is Right.__init__)
print(dir(Square(1))[-6:], sorted(vars(Square(2))))
