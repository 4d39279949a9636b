# Special methods found on the class are bound through the descriptor protocol (a class
# attribute with `__get__` that is not a function), a class's `__class__` property answers
# isinstance, a property documents itself with its getter's docstring, a replaced
# sys.displayhook sees 'single'-mode results, and list() asks __iter__ before __len__.
import sys


class Binder:
    """A non-function descriptor: __get__ returns a bound callable that logs."""

    def __init__(self, name, result):
        self.name, self.result = name, result

    def __get__(self, obj, cls=None):
        def bound(*args):
            print(f"{self.name} bound to {type(obj).__name__} with {len(args)} args")
            return self.result
        return bound


class C:
    __eq__ = Binder("__eq__", True)
    __lt__ = Binder("__lt__", False)
    __hash__ = Binder("__hash__", 42)
    __repr__ = Binder("__repr__", "<C!>")
    __str__ = Binder("__str__", "C-str")
    __format__ = Binder("__format__", "C-fmt")
    __setitem__ = Binder("__setitem__", None)
    __delitem__ = Binder("__delitem__", None)


c = C()
print(c == 1, c < 2, hash(c))
print(repr(c), str(c), format(c, "x"), f"{c:>5}")
c[1] = 2
del c[1]


class Proxy:
    @property
    def __class__(self):
        return int


p = Proxy()
print(isinstance(p, int), isinstance(p, Proxy), type(p).__name__)


class D:
    @property
    def size(self):
        "The size, in bytes."
        return 3

    @property
    def bare(self):
        return 1

    explicit = property(lambda self: 0, doc="given")


print(D.size.__doc__, D.bare.__doc__, D.explicit.__doc__)
print(property(lambda self: 0).__doc__)


def shown(value):
    print("hook saw", repr(value))


old = sys.displayhook
sys.displayhook = shown
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
sys.displayhook = old


class Sized:
    def __iter__(self):
        print("iter")
        return iter([1, 2])

    def __len__(self):
        print("len")
        return 2


print(list(Sized()))
