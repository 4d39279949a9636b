class Point:
    def __init__(self, x, y):
        if not isinstance(x, (int, float)):
            raise TypeError(f"x must be a number, not {type(x).__name__}")
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = [Point(1, 2), Point(3.5, 4)]
print(pts)
pts.append(Point("5", 6))
