from functools import total_ordering, cmp_to_key, singledispatch, singledispatchmethod


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version%r" % (self.parts,)


a, b = Version(1, 2), Version(1, 3)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([b, a, Version(0, 9)]))
print(Version.__gt__.__name__, Version.__le__.__name__)
try:
    a > 5
except TypeError as e:
    print(type(e).__name__, e)


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v


print(Desc(1) < Desc(2), Desc(3) > Desc(2), Desc(2) <= Desc(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)


def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(max(words, key=cmp_to_key(by_len_then_alpha)))
k = cmp_to_key(by_len_then_alpha)
print(k("abc").obj, k("ab") < k("abc"), k("ab") == k("ab"))
try:
    k("a") < "b"
except TypeError as e:
    print(type(e).__name__, e)
print(type(k).__hash__)


@singledispatch
def describe(obj):
    return "object " + repr(obj)


@describe.register(int)
def _(obj):
    return "int %d" % obj


@describe.register(list)
def _(obj):
    return "list of %d" % len(obj)


def describe_str(obj):
    return "str " + obj


describe.register(str, describe_str)
print(describe(3), describe(True), describe([1, 2]), describe("s"), describe(2.5))
print(describe.dispatch(bool).__name__, describe.dispatch(float).__name__)
print(describe.__name__, sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register(5)
except TypeError as e:
    print(type(e).__name__, e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "default"

    @fmt.register(int)
    def _(self, arg):
        return "int"


print(Formatter().fmt(1), Formatter().fmt("x"))
