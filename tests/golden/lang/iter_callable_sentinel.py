# `iter(callable, sentinel)`: ends at the sentinel (compared as `sentinel == value`) or at
# a StopIteration from the callable, and then releases both at once.
import sys

it = iter([1, 2, 3])
print(list(iter(it.__next__, None)))


def stopper():
    raise StopIteration


print(list(iter(stopper, 0)))
c = iter(lambda: 1, 1)
print(list(c), list(c), next(c, "exhausted"))


class Sentinel:
    def __eq__(self, other):
        print("Sentinel.__eq__", other)
        return other == 3

    def __del__(self):
        print("sentinel released")


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n

    def __del__(self):
        print("callable released")


ci = iter(Counter(), Sentinel())
print(sys.getsizeof(ci), type(ci).__name__)
print(next(ci), next(ci))
print("before the end")
print(next(ci, "done"))
print("after the end", sys.getsizeof(ci))


def boom():
    raise ValueError("inside")


try:
    next(iter(boom, None))
except ValueError as e:
    print("ValueError:", e)
