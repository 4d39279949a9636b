# Creating and discarding many small objects, tuples and lists.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

checksum = 0
for i in range(1200000):
    p = Point(i, i + 1)
    t = (p.x, p.y, i)
    lst = [t, (i,), [i, i]]
    checksum += len(lst) + t[2] % 3
    pairs = [(k, k * 2) for k in range(5)]
    checksum += pairs[-1][1]
print(checksum)
