# Chaos game on B-spline attractors: operator overloading, spline math, random, a grid checksum.
import math
import random


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def length(self):
        return math.hypot(self.x, self.y)

    def lerp(self, other, t):
        return self + (other - self) * t


class Spline:
    """A uniform cubic B-spline through control points, parameter t in [0, 1]."""

    def __init__(self, points):
        self.points = points
        self.segments = len(points) - 3

    def __call__(self, t):
        s = min(int(t * self.segments), self.segments - 1)
        u = t * self.segments - s
        p0, p1, p2, p3 = self.points[s:s + 4]
        b0 = (1 - u) ** 3 / 6
        b1 = (3 * u ** 3 - 6 * u ** 2 + 4) / 6
        b2 = (-3 * u ** 3 + 3 * u ** 2 + 3 * u + 1) / 6
        b3 = u ** 3 / 6
        return p0 * b0 + p1 * b1 + p2 * b2 + p3 * b3


class ChaosGame:
    def __init__(self, splines, width, height, rng):
        self.splines = splines
        self.width = width
        self.height = height
        self.rng = rng
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        self.low = Vec(min(xs), min(ys))
        self.size = Vec(max(xs) - min(xs), max(ys) - min(ys))
        self.grid = [[0] * width for _ in range(height)]

    def step(self, point):
        spline = self.rng.choice(self.splines)
        target = spline(self.rng.random())
        return point.lerp(target, 0.5 + 0.1 * self.rng.random())

    def plot(self, point):
        col = int((point.x - self.low.x) / self.size.x * (self.width - 1))
        row = int((point.y - self.low.y) / self.size.y * (self.height - 1))
        if 0 <= col < self.width and 0 <= row < self.height:
            self.grid[row][col] += 1

    def run(self, steps):
        point = Vec(0.5, 0.5)
        for _ in range(steps):
            point = self.step(point)
            self.plot(point)

    def checksum(self):
        total = 0
        for r, row in enumerate(self.grid):
            for c, hits in enumerate(row):
                if hits:
                    total = (total * 31 + r * self.width + c + hits) % 1000000007
        return total


def main():
    splines = [
        Spline([Vec(1.6, 0.3), Vec(1.3, 1.8), Vec(0.6, 2.0), Vec(0.2, 1.2), Vec(0.5, 0.4),
                Vec(1.1, 0.2)]),
        Spline([Vec(2.6, 0.2), Vec(2.3, 1.6), Vec(1.9, 2.3), Vec(2.8, 2.4), Vec(3.1, 1.5)]),
        Spline([Vec(2.1, 0.1), Vec(2.0, 0.9), Vec(2.4, 1.1), Vec(2.3, 0.3)]),
    ]
    game = ChaosGame(splines, 256, 256, random.Random(1234))
    game.run(150000)
    filled = sum(1 for row in game.grid for hits in row if hits)
    print(filled, game.checksum(), max(max(row) for row in game.grid))


main()
