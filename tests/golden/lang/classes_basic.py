class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2) + Point(3, 4)
print(p, Point.count, p == Point(4, 6), p != Point(0, 0))
print(type(p).__name__, isinstance(p, Point), vars(p), hasattr(p, "z"))
p.z = 5; print(getattr(p, "z"), sorted(vars(p)))
print(Point.__hash__ is None, Point.__qualname__)
