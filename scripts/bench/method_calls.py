# Method calls and attribute access on instances.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v


a = Vec(1, 2)
b = Vec(3, 4)
acc = Acc()
for i in range(6000000):
    acc.add(a.dot(b))
    if i % 1000 == 0:
        a.scale(1)
print(acc.total)
