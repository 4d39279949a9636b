# complex(): from strings, numbers, complex values, __complex__/__float__/__index__,
# two arguments either of which is complex, subclasses, and every error.


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.0


class C(complex):
    pass


z = 1 + 2j
print(complex(), complex(z), complex(z) is z, complex(2), complex(2.5), complex(True))
print(complex(1, 2), complex(1.5, -2), complex(z, 1), complex(1, z), complex(z, z))
print(complex(2**70), complex(WithComplex()), complex(WithFloat()), complex(WithIndex()))
print(complex(WithFloat(), WithIndex()), complex(imag=2) if False else complex(0, 2))
for s in ["1+2j", " (1+2j) ", "( -1.5-2.5J )", "j", "-j", "+j", "3", "-4.5e3",
          "1e+3j", "1e-3+1e+3j", "inf+nanj", "-infj", "1_000+2_0j", "  7j  ", "(5)"]:
    print(repr(s), complex(s))
for s in ["", "1+", "1 + 2j", "(1+2j", "1+2j)", "jj", "1j+2", "abc", "1+2i", "()", "1+2 j"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for args in [("1", 2), (1, "2"), ([],), (1, []), (BadComplex(),), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)
c = C(1 + 2j)
print(c, type(c).__name__, c.real, c.imag, C(3), C("2-j"), type(complex(c)).__name__)
c.attr = 5
print(c.__dict__, abs(C(3 + 4j)))
