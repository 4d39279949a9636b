# Class creation: the metaclass a class statement starts from, __prepare__'s result,
# type()'s refusal of PEP 560 bases, duplicate bases, __qualname__ and name checks,
# and the message of a leftover class keyword.


def t(label, f):
    try:
        r = f()
        print(label, "ok", r if isinstance(r, (str, int)) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


# No metaclass= : the first base's type is where the calculation starts.
def base_is_instance():
    class Z(5):
        pass
t("instance base", base_is_instance)


def base_is_str():
    class Z("abc"):
        pass
t("str base", base_is_str)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Child(WithMeta):
    pass


print("child meta", type(Child).__name__)


def mixed_order():
    class Other(type):
        pass

    class O(metaclass=Other):
        pass

    class Mixed(O, WithMeta):
        pass
t("conflict", mixed_order)


# __prepare__ must return a mapping.
class PrepInt(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return 5


class PrepList(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return []


class PrepMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        class M(dict):
            pass
        return M(injected=1)


def prep_int():
    class A(metaclass=PrepInt):
        pass
t("prepare int", prep_int)


def prep_list():
    class A(metaclass=PrepList):
        x = 1
t("prepare list", prep_list)


class FromMapping(metaclass=PrepMapping):
    pass


print("prepare mapping", FromMapping.injected)


# type() does not resolve __mro_entries__.
class Entries:
    def __mro_entries__(self, bases):
        return (object,)


t("type() mro entries", lambda: type("X", (Entries(),), {}))


class ViaStatement(Entries()):
    pass


print("statement bases", ViaStatement.__bases__)

# Duplicate bases, before the MRO is attempted.


class Q:
    pass


class R(Q):
    pass


def dup():
    class D(Q, Q):
        pass
t("duplicate", dup)
t("duplicate type()", lambda: type("D", (Q, R, Q), {}))
t("duplicate builtin", lambda: type("D", (int, int), {}))


def inconsistent():
    class D(Q, R):
        pass
t("inconsistent", inconsistent)

# __qualname__ and the name.
t("qualname int", lambda: type("N", (), {"__qualname__": 5}))
t("qualname str", lambda: type("N", (), {"__qualname__": "Outer.N"}).__qualname__)


def qual_in_body():
    class N:
        __qualname__ = 3.5
t("qualname in body", qual_in_body)
t("null in name", lambda: type("a\0b", (), {}))
t("plain name", lambda: type("ab", (), {}).__name__)


# Keywords left for object.__init_subclass__ name the class by its qualified name.
def leftover_kw():
    class Base:
        pass

    class Sub(Base, flag=1):
        pass
t("leftover kw", leftover_kw)


def leftover_through_super():
    class Base:
        def __init_subclass__(cls, **kw):
            super().__init_subclass__(**kw)

    class Sub(Base, other=2):
        pass
t("through super", leftover_through_super)
t("direct call", lambda: Q.__init_subclass__(x=1))
t("object call", lambda: object.__init_subclass__(x=1))

# __build_class__ called directly: its argument checks, and a plain function as the body
# (which sets no __qualname__, so the class's is its name).
import builtins
t("build_class no args", lambda: builtins.__build_class__())
t("build_class one arg", lambda: builtins.__build_class__(lambda: None))
t("build_class not func", lambda: builtins.__build_class__(5, "X"))
t("build_class name int", lambda: builtins.__build_class__(lambda: None, 5))
made = builtins.__build_class__(lambda: None, "Made")
print("build_class plain", made.__name__, made.__qualname__, made.__module__)


def body():
    x = 1  # a function's local: the namespace stays empty


made2 = builtins.__build_class__(body, "Made2", int)
print("build_class with base", made2.__qualname__, made2.__bases__, "x" in made2.__dict__)
