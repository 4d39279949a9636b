# type_new: __set_name__ on the namespace's values (bound as _PyObject_LookupSpecial
# binds it) runs before __init_subclass__; __class_getitem__ = None opts out.
log = []


class D:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        log.append(("set_name", self.tag, owner.__name__, name,
                    hasattr(owner, "init_subclass_ran")))


class Base:
    def __init_subclass__(cls, **kw):
        log.append(("init_subclass", cls.__name__, sorted(kw)))
        cls.init_subclass_ran = True


class K(Base, extra=1):
    a = D("a")
    b = D("b")


for entry in log:
    print(entry)


class SNClass:
    @classmethod
    def __set_name__(cls, owner, name):
        print("classmethod __set_name__", cls.__name__, owner.__name__, name)


class SNStatic:
    @staticmethod
    def __set_name__(owner, name):
        print("staticmethod __set_name__", owner.__name__, name)


class SNCallable:
    class Caller:
        def __call__(self, owner, name):
            print("callable __set_name__", owner.__name__, name)
    __set_name__ = Caller()


class SNDict(dict):
    def __set_name__(self, owner, name):
        print("dict subclass __set_name__", owner.__name__, name)


class Holder:
    p = SNClass()
    q = SNStatic()
    r = SNCallable()
    s = SNDict()


inst = D("instance attr")
inst.__set_name__ = lambda owner, name: print("never: looked up on the type")


class Holder2:
    v = inst


print(log[-1][:2])


class Raiser:
    def __set_name__(self, owner, name):
        raise KeyError(name)


try:
    class Holder3:
        boom = Raiser()
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


class CGI:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class NoCGI(CGI):
    __class_getitem__ = None


print(CGI[int], CGI[1, 2])
try:
    NoCGI[int]
except TypeError as e:
    print("TypeError", e)
