# zip over list, tuple and range iterators (advanced in place) and over other iterators:
# ends, strict checks, lists changed during the zip, and the reference counts of items.
import sys

print(list(zip([1, 2, 3], (4, 5, 6), range(7, 10))))
print(list(zip([1, 2, 3], [4])), list(zip([], [1])), list(zip(range(3))))

L = [1, 2, 3]
z = zip(L, L)
print(next(z))
L.append(4)
print(list(z))
L2 = [1, 2, 3]
z = zip(L2, "abc")
print(next(z))
del L2[:]
print(list(z))


class MyList(list):
    def __iter__(self):
        print("MyList.__iter__")
        return iter([10, 20])


print(list(zip(MyList([1, 2, 3]), [1, 2, 3])))


def gen():
    yield "g1"
    yield "g2"


print(list(zip([1, 2, 3], gen())))

for args in (([1, 2], [3]), ([1], [2, 3]), ([1, 2], (3, 4), range(1))):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

# Items are counted once by their list and once by the pair that holds them.
o = object()
items = [o, o]
before = sys.getrefcount(o)
pairs = list(zip(items, items))
print(sys.getrefcount(o) - before)
del pairs
print(sys.getrefcount(o) == before)

# A reused result tuple: items released as they are replaced.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = [Noisy(1), Noisy(2)]
b = [Noisy(3), Noisy(4)]
z = zip(a, b)
for x, y in z:
    print("got", x.n, y.n)
    del x, y
del a, b
print("end of loops")
del z
print("done")
