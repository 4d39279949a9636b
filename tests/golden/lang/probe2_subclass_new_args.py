# A subclass of an immutable builtin gets the base's tp_new argument checks.


def t(label, f):
    try:
        r = f()
        print(label, "ok", repr(r), type(r).__name__)
    except TypeError as e:
        print(label, "TypeError", e)


class I(int):
    pass


class F(float):
    pass


class T(tuple):
    pass


class FS(frozenset):
    pass


class S(str):
    pass


class B(bytes):
    pass


t("int 3 args", lambda: I(1, 2, 3))
t("int bad kw", lambda: I(x=1))
t("int base kw", lambda: I("11", base=2))
t("int str base", lambda: I("ff", 16))
t("float 2 args", lambda: F(1, 2))
t("float ok", lambda: F("1.5"))
t("tuple 2 args", lambda: T([1], [2]))
t("tuple ok", lambda: T([1, 2]))
t("frozenset 2 args", lambda: FS([1], [2]))
t("str 4 args", lambda: S(1, 2, 3, 4))
t("bytes 4 args", lambda: B(1, 2, 3, 4))
t("exact int 3 args", lambda: int(1, 2, 3))
t("exact tuple 2 args", lambda: tuple([1], [2]))


class IInit(int):
    def __init__(self, *a, **k):
        pass


t("int with own __init__, 3 args", lambda: IInit(1, 2, 3))
