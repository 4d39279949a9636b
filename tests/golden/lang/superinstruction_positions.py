# Fused instruction pairs (LOAD_FAST + LOAD_ATTR, LOAD_FAST + LOAD_FAST, ...) report errors,
# line numbers and tracebacks at the instruction that failed, as unfused code does.
import sys
import traceback


class P:
    def __init__(self):
        self.x = 1

    def m(self):
        return sys._getframe().f_back.f_lineno


def show(fn, *args):
    try:
        print("ok", fn(*args))
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print(type(e).__name__, e, "line", tb.lineno, repr(tb.line))


def first_unbound():
    if False:
        a = 1
    return a + 1


def second_unbound():
    a = 1
    if False:
        b = 2
    return a + b


def attr_missing(o):
    return (o
            .missing)


def attr_ok(o):
    return o.x + o.x


def method_missing(o):
    return o.nomethod()


def method_line(o):
    return (o
            .m())


def const_then_unbound():
    if False:
        c = 0
    return 5 - c


def across_lines(o):
    v = o.x
    w = (o.
         x)
    return v, w, sys._getframe().f_lineno


def module_attr():
    return sys.maxsize > 0, sys.nothere


show(first_unbound)
show(second_unbound)
show(attr_missing, P())
show(attr_missing, 3)
show(attr_ok, P())
show(method_missing, P())
show(method_line, P())
show(const_then_unbound)
show(across_lines, P())
show(module_attr)


# A class whose attribute becomes a property, and instances that change shape: the pair's
# inline hit must fall back each time.
class Q:
    pass


def read(q):
    return q.v


q = Q()
q.v = 1
print(read(q), read(q))
Q.v = property(lambda self: "prop")
print(read(q))
del Q.v
print(read(q))
del q.v
show(read, q)
q.__dict__["v"] = 7
print(read(q))


# Refcounts seen by a getter reached through the pair: the local's reference only.
class R:
    @property
    def count(self):
        return sys.getrefcount(self)


def refs():
    r = R()
    return r.count


print(refs())


# __del__ timing around fused loads is unchanged.
class D:
    def __del__(self):
        print("del D")


def swap():
    a = D()
    b = 1
    print("before")
    a = b
    print("after", a)


swap()
