# itertools: count, cycle, repeat - values, reprs, laziness and argument errors.
import itertools
from itertools import count, cycle, repeat, islice


def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(type(count()), type(cycle([])), type(repeat(1)))
print(count.__module__, count.__qualname__, count.__name__)

# count
c = count()
print(c, next(c), next(c), c)
c = count(5)
print(repr(c), [next(c) for _ in range(3)], c)
c = count(1.5, 2)
print(c, next(c), next(c), c)
c = count(10, -3)
print(list(islice(c, 4)), c)
print(count(0, 1.0), count(1, 1), count(start=3, step=2))
print(count(2 ** 70), next(count(2 ** 70, 2 ** 65)))
c = count(True)
print(c, next(c), type(next(count(True, 2))))
print(next(count(1 + 2j, 1j)), count(0.5))


class Num:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return 'Num(%r)' % self.v


print(list(islice(count(Num(1), Num(10)), 3)), count(Num(2), 3))
attempt(lambda: count('a'))
attempt(lambda: count(1, 'a'))
attempt(lambda: count(1, 2, 3))
attempt(lambda: count(foo=1))


class MyCount(count):
    pass


m = MyCount(3, 2)
print(m, next(m), type(m).__name__, isinstance(m, count))
print(list(zip('abc', count(1))))

# cycle
cy = cycle('abc')
print([next(cy) for _ in range(8)])
print(list(islice(cycle([]), 5)))
consumed = []


def source():
    for i in range(3):
        consumed.append(i)
        yield i


cy = cycle(source())
print(consumed, next(cy), consumed)
print([next(cy) for _ in range(6)], consumed)
attempt(lambda: cycle())
attempt(lambda: cycle(1))
attempt(lambda: cycle([], []))
attempt(lambda: cycle(x=[]))

# repeat
r = repeat('a', 3)
print(r, list(r), r)
print(repeat('a'), repeat('a', -3), repeat(None, 0), repeat(object=1, times=2))
r = repeat([1], 2)
print(next(r) is next(r), r.__length_hint__())
import operator
print(operator.length_hint(repeat(1, 4)))
print(list(map(pow, range(5), repeat(2))))
attempt(lambda: repeat())
attempt(lambda: repeat(x=1))
attempt(lambda: repeat('a', 'b'))
attempt(lambda: repeat('a', 3, 4))
attempt(lambda: repeat(1).__length_hint__())
attempt(lambda: repeat(1, 2.0))
print(iter(c) is c, iter(cy) is cy, iter(r) is r)
