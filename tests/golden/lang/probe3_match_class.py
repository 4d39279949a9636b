class C:
    pass
class D:
    __match_args__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = 2
class BadArgs:
    __match_args__ = ["a"]
class MyInt(int): pass
class MyStr(str): pass
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
def m1():
    match C():
        case C(x):
            return x
t("m1", m1)
def m2():
    match D():
        case D(x, y, z):
            return x
t("m2", m2)
def m3():
    match BadArgs():
        case BadArgs(x):
            return x
t("m3", m3)
def m4():
    match MyInt(5):
        case MyInt(x):
            return x, type(x).__name__
t("m4", m4)
def m5():
    match 5:
        case int(x):
            return x
t("m5", m5)
def m6():
    match MyStr("s"):
        case str(x):
            return x
t("m6", m6)
def m7():
    match D():
        case D(x, a=y):
            return x
t("m7", m7)
def m8():
    match 5:
        case int(x, y):
            return x
t("m8", m8)
def m9():
    match 3:
        case 1 | 2: return "no"
        case _: return "yes"
t("m9", m9)
def m10():
    nc = 3
    match 3:
        case nc.real: return "attr"
t("m10", m10)
def m11():
    match {"a": 1, "b": 2}:
        case {"a": 1, **rest}: return rest
t("m11", m11)
def m12():
    match [1, 2, 3]:
        case [1, *mid, 3]: return mid
t("m12", m12)
def m13():
    class E:
        __match_args__ = ("a", 1)
        a = 2
    match E():
        case E(x, y): return x
t("m13", m13)
def m14():
    match 5:
        case 5.0: return "float eq"
t("m14", m14)
def m15():
    match D():
        case D(a=1, a2=3): return "x"
        case _: return "miss"
t("m15", m15)
def m16():
    x = 3
    match 3:
        case len(): return "len"
t("m16", m16)
def m17():
    match D():
        case D(b=y, a=x): return (x, y)
t("m17", m17)
class MA:
    __match_args__ = ("missing",)
def m18():
    match MA():
        case MA(x): return x
t("m18", m18)
def m19():
    match MyInt(5):
        case MyInt(x, y): return x
t("m19", m19)
class Sub(D): __match_args__ = ("b",)
def m20():
    match Sub():
        case Sub(v): return v
t("m20", m20)
def m21():
    match b"ab":
        case bytes(x): return x
t("m21", m21)
def m22():
    match {1: 2}:
        case dict(x): return x
t("m22", m22)
