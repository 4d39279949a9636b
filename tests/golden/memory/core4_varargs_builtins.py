# Module builtins CPython declares METH_VARARGS hold their arguments in a tuple for the
# call: one count more on each argument while it runs.
import gc
import math
import sys


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", sys.getrefcount(self))
        return self.v


class F:
    def __float__(self):
        print("float", sys.getrefcount(self))
        return 2.0


class S:
    def __sizeof__(self):
        print("sizeof", sys.getrefcount(self))
        return 10


old = gc.get_threshold()
gc.set_threshold(I(700))
x = I(700)
gc.set_threshold(x)
gc.set_threshold(700, x, I(10))
print(gc.get_threshold())
gc.set_threshold(*old)

s = S()
print(sys.getsizeof(s) > 10)
print(sys.getsizeof(S(), 5) > 10)
print(sys.getsizeof(S()) > 10)

f = F()
print(math.log(f))
print(math.log(F(), f))
print(math.sqrt(f))

for call in [
    lambda: gc.set_threshold(a=1),
    lambda: gc.set_threshold(),
    lambda: gc.set_threshold(1, 2, 3, 4),
    lambda: gc.get_referents(x=1),
    lambda: gc.get_referrers(x=1),
    lambda: math.log(),
    lambda: math.log(1, 2, 3),
    lambda: math.log(x=1),
    lambda: sys.getsizeof(),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

print(gc.set_threshold.__module__, sys.getsizeof.__module__, math.log.__module__)
print(gc.collect.__self__.__name__, math.sqrt.__self__.__name__)
print(gc.get_referents(x) == gc.get_referents(*[x]))
