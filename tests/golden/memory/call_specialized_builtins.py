# Calls with fast paths: `str(x)`, `type(x)`, builtin functions and methods, and Python
# functions filling parameters from defaults. Reference counts seen inside the callee,
# results and errors must match. `str(x)` is measured at a cold site (its first call),
# where 3.11 packs the argument in a tuple for the call; the rest warm.
import sys


class A:
    def __str__(self):
        R.append(sys.getrefcount(self))
        return "a"

    def __len__(self):
        R.append(sys.getrefcount(self))
        return 3


R = []
a = A()


def warm(body, n=30):
    R.clear()
    out = [body() for _ in range(n)]
    return out[-1], R[-5:]


print(warm(lambda: str(a), 1))
print(warm(lambda: len(a)))
print(warm(lambda: type(a) is A))
s = "text"
print(warm(lambda: str(s) is s))
print(str(), str(b"xy", "ascii"), str(object=5), type(3), str(1.5), str(-12))


class B:
    def __str__(self):
        return 42


try:
    str(B())
except TypeError as e:
    print("TypeError", e)


class Deep:
    def __str__(self):
        return str(self)


try:
    str(Deep())
except RecursionError as e:
    print("RecursionError", e)


def k(x, y=[], z=(1, 2)):
    return sys.getrefcount(y), sys.getrefcount(z), x


o1, o2 = object(), object()
for i in range(3):
    print(k(i), k(i, o1), k(i, o1, o2))


def replaces_defaults(x, y=10):
    replaces_defaults.__defaults__ = (y + 1,)
    return x + y


print([replaces_defaults(i) for i in range(4)])

try:
    k()
except TypeError as e:
    print("TypeError", e)

L = []
for i in range(20):
    L.append(i)
    L.pop(0) if len(L) > 3 else None
print(L, min(3, 1), max([4, 9]), isinstance(a, A), isinstance(3, (str, int)))
