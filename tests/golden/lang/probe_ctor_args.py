# Argument checks of the builtin types' constructors (exact types), CPython's messages.


def t(src):
    try:
        r = eval(src)
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
    else:
        print(src, "=", repr(r))


for src in [
    "int(1, 2, 3)", "int(x=1)", "int(1, bass=2)", "int('11', base=2)", "int(base=5)",
    "float(x=1)", "float(1, 2)", "float('1.5')",
    "tuple(1, 2)", "tuple(x=[1])", "tuple([1])",
    "list(1, 2)", "list(x=1)", "list('ab')",
    "set(x=1)", "set([1], [2])", "frozenset(1, 2)", "frozenset(x=1)",
    "dict(1, 2)", "dict({1: 2}, {3: 4})", "dict(a=1, b=2)", "dict([(1, 2)], a=3)",
    "range(x=1)", "range(1, 2, 3, 4)", "slice(1, x=2)",
    "bool(x=1)", "bool(1, 2)", "bool([])",
    "complex(1, 2, 3)", "complex(x=1)", "complex(real=1, imag=2)", "complex(imag=2)",
    "complex(real='1')", "complex('1', imag=2)", "complex(1, real=2)",
    "property(1, 2, 3, 4, 5)", "staticmethod(x=1)", "classmethod()", "super(x=1)",
    "bytes(x=1)", "bytearray(1, 2, 3, 4)", "bytes(source=b'x')",
    "str(object='x')", "str(object=5)", "str(object=b'ab')", "str(b'ab', errors='strict')",
    "str(encoding='ascii')", "str(1, 2, 3, 4)",
    "enumerate()", "enumerate([1], 2, 3)",
]:
    t(src)


# Subclasses with their own __init__/__new__ take what those accept.
class T(tuple):
    def __init__(self, *a, **k):
        pass


class L(list):
    def __init__(self, *a, **k):
        super().__init__(a[0])


class S(set):
    def __init__(self, *a, **k):
        super().__init__(a)


class I(int):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)


class C(complex):
    pass


print(T([1], x=2), L([1], x=2), sorted(S(1, 2, x=3)), I("11", 2, x=5), C(real=2), C(imag=3))
