# The builtin exception families a class derives from (OSError fields, Unicode error
# checks, keyword fields, groups) answered from a per-class cache: each asked many times,
# for subclasses, mixed bases, classes made later, and after __bases__ assignment.
import sys


class MyOS(OSError):
    pass


class MyOSInit(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)


class Mixed(MyOS, LookupError):
    pass


class MyDecode(UnicodeDecodeError):
    pass


class MyName(NameError):
    pass


class MyAttr(AttributeError):
    pass


class MyImport(ImportError):
    pass


class MySyntax(SyntaxError):
    pass


class MyGroup(ExceptionGroup):
    pass


def show(e):
    fields = [f for f in ("errno", "strerror", "filename", "name", "obj", "path", "msg",
                          "encoding", "start", "end", "reason", "lineno", "extra")
              if hasattr(e, f)]
    print(type(e).__name__, e.args, [(f, getattr(e, f)) for f in fields])


for _ in range(3):
    show(OSError(2, "missing", "f.txt"))
    show(MyOS(2, "missing", "f.txt"))
    show(MyOSInit(13, "denied", "g.txt"))
    show(Mixed(17, "exists"))
    show(MyDecode("utf-8", b"\xff", 0, 1, "bad"))
    show(MyName("n", name="x"))
    show(MyAttr("a", name="y", obj=3))
    show(MyImport("i", name="m", path="/p"))
    show(MySyntax("s", ("f.py", 1, 2, "x y")))
    g = MyGroup("g", [ValueError(1), KeyError(2)])
    print(type(g).__name__, len(g.exceptions))
    for bad in [lambda: MyDecode("utf-8", "not bytes", 0, 1, "r"),
                lambda: MyName("n", nope=1),
                lambda: ValueError("v", name=1),
                lambda: UnicodeEncodeError("a")]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)

# A class made after the others were cached, at an address a dead class may have had.
for i in range(3):
    cls = type("Dyn%d" % i, (OSError if i % 2 else NameError,), {})
    e = cls(2, "x", "y") if i % 2 else cls("n", name="q")
    show(e)
    del cls, e


# __bases__ assignment between classes of one layout: the answers follow the new bases.
class Swap(ValueError):
    pass


show(Swap("a"))
Swap.__bases__ = (KeyError,)
print(Swap.__mro__)
show(Swap("b"))
try:
    Swap.__bases__ = (OSError,)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Swap("c"), LookupError))


# raise and except check the exception class by type, as CPython's
# PyExceptionClass_Check / PyExceptionInstance_Check.
class Fake:
    @property
    def __class__(self):
        return ValueError


for thing in [Fake(), Fake, 3, ValueError, ValueError("v"), MyOS]:
    try:
        raise thing
    except TypeError as e:
        print("TypeError:", e)
    except BaseException as e:
        print("raised", type(e).__name__)
    try:
        raise RuntimeError("x") from thing
    except TypeError as e:
        print("TypeError:", e)
    except RuntimeError as e:
        print("cause", type(e.__cause__).__name__)
for clause in [Fake, Fake(), int, (KeyError, int), MyOS]:
    try:
        try:
            raise MyOS(2, "x")
        except clause:
            print("caught by", clause)
    except TypeError as e:
        print("TypeError:", e)
    except MyOS:
        print("passed through")
print(sys.getrefcount(OSError) > 0, sys.getrefcount(MyOS))
