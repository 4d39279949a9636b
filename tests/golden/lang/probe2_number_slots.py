# int() and float() check what __int__, __index__, __trunc__ and __float__ return, as
# PyNumber_Long / PyNumber_Float do; a sequence repeats by any object with __index__.
import warnings


def t(label, f):
    try:
        r = f()
        print(label, "ok", repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


class IntReturns:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v


class IndexReturns:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class TruncReturns:
    def __init__(self, v):
        self.v = v

    def __trunc__(self):
        return self.v


class FloatReturns:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class MyInt(int):
    pass


class MyFloat(float):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t("int __int__ int", lambda: int(IntReturns(3)))
    t("int __int__ float", lambda: int(IntReturns(1.5)))
    t("int __int__ str", lambda: int(IntReturns("7")))
    t("int __int__ bool", lambda: int(IntReturns(True)))
    t("int __int__ subclass", lambda: int(IntReturns(MyInt(9))))
    t("int __index__ int", lambda: int(IndexReturns(4)))
    t("int __index__ str", lambda: int(IndexReturns("x")))
    t("int __index__ bool", lambda: int(IndexReturns(False)))
    t("int __trunc__ int", lambda: int(TruncReturns(6)))
    t("int __trunc__ str", lambda: int(TruncReturns("x")))
    t("int __trunc__ subclass", lambda: int(TruncReturns(MyInt(2))))
    t("int __trunc__ index", lambda: int(TruncReturns(IndexReturns(8))))
    t("float __float__ float", lambda: float(FloatReturns(2.5)))
    t("float __float__ int", lambda: float(FloatReturns(1)))
    t("float __float__ subclass", lambda: float(FloatReturns(MyFloat(1.25))))
    t("float __index__", lambda: float(IndexReturns(3)))
    t("float __index__ str", lambda: float(IndexReturns("3")))
    for w in caught:
        print("warning", w.category.__name__, w.message)


class SubIntOwn(int):
    def __int__(self):
        return 1.5


class SubFloatOwn(float):
    def __float__(self):
        return "no"


t("int subclass own __int__", lambda: int(SubIntOwn(2)))
t("float subclass own __float__", lambda: float(SubFloatOwn(2.0)))

# Sequences repeat by __index__.
t("str * index", lambda: "ab" * IndexReturns(3))
t("index * str", lambda: IndexReturns(2) * "xy")
t("list * index", lambda: [1, 2] * IndexReturns(2))
t("tuple * index", lambda: IndexReturns(2) * (0,))
t("bytes * index", lambda: b"q" * IndexReturns(3))
t("str * negative", lambda: "ab" * IndexReturns(-1))
t("str * bad index", lambda: "ab" * IndexReturns("x"))
t("str * __int__ only", lambda: "ab" * IntReturns(2))
t("str * float", lambda: "ab" * FloatReturns(2.0))
lst = [7]
lst *= IndexReturns(3)
print("inplace", lst)

# A shift whose digit count passes MAX_LONG_DIGITS is an OverflowError; a smaller one
# that cannot be allocated a MemoryError.
for y in [10**20, 2**64, 6 * 10**19, 7 * 10**19, 2**70]:
    try:
        1 << y
    except (OverflowError, MemoryError) as e:
        print("1 <<", y, type(e).__name__, e)
