# Calls between Python functions: frames, tracebacks, release order, finalizers and
# recursion limits, as nested calls have them in CPython.
import gc
import sys


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def leaf(x):
    t = Tag("leaf-local")
    u = Tag("leaf-local2")
    return x + 1


def mid(x):
    a = Tag("mid-local")
    r = leaf(x)
    print("mid got", r)
    return r * 2


print("result", mid(1))


# Tracebacks through several inlined frames, caught at each level.
def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1)


for level in range(3):
    try:
        boom(level)
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(level, names)
        del e, tb


def catcher():
    try:
        boom(2)
    except ValueError:
        print("caught in catcher", sys.exc_info()[0].__name__)
    return "after"


print(catcher())


# Frames seen from the inside.
def depth_names():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def outer():
    return inner()


def inner():
    return depth_names()


print(outer())
print(sys._getframe().f_code.co_name)


# A frame that outlives its call keeps its caller as f_back.
def keep():
    return sys._getframe()


def caller_of_keep():
    return keep()


kept = caller_of_keep()
print(kept.f_code.co_name, kept.f_back.f_code.co_name, kept.f_back.f_back.f_code.co_name)
print(sys.getrefcount(kept))
del kept


# Finalizers run when an inlined frame releases its locals, before the caller goes on.
def make_and_drop():
    t = Tag("temp")
    print("in make_and_drop")


def driver():
    make_and_drop()
    print("driver after")


driver()


# Exceptions with __del__ in the unwinding frames.
def raiser():
    t = Tag("raiser-local")
    raise KeyError("k")


def middle():
    m = Tag("middle-local")
    raiser()


try:
    middle()
except KeyError as e:
    print("caught", repr(e))
    e = None
gc.collect()
print("after collect")


# Recursion: the limit is the same, the error is catchable, and calls work after it.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(900))
old = sys.getrecursionlimit()
sys.setrecursionlimit(12000)
print(count(10000))
sys.setrecursionlimit(old)


# Calls from builtins back into Python, and Python from those.
def key(v):
    return neg(v)


def neg(v):
    return -v


print(sorted([3, 1, 2], key=key))
print(list(map(lambda v: key(v) * 2, [1, 2])))


# Keyword, default and star arguments, bound methods, generators calling functions.
def kw(a, b=10, *rest, c, **more):
    return a, b, rest, c, sorted(more)


print(kw(1, c=3), kw(1, 2, 3, 4, c=5, z=6, y=7))


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += double(v)
        return self


def double(v):
    return v * 2


print(Acc().add(1).add(2).total)


def gen(n):
    for i in range(n):
        yield double(i)


print(list(gen(4)))


# Errors at call time inside inlined frames.
def two(a, b):
    return a + b


def bad_call():
    return two(1)


try:
    bad_call()
except TypeError as e:
    print(e)

try:
    two("a", 1)
except TypeError as e:
    print(e)


# Locals are released in slot order when an inlined frame returns.
def many():
    a = Tag("a")
    b = Tag("b")
    c = Tag("c")
    return 1


many()
print("end")
