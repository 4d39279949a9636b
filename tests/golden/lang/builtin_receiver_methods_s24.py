# Method calls on objects of builtin types (str, list, dict, int, bytes) from one call
# site, then on subclass instances whose own attributes shadow the method, then after
# the subclass changes: the site must give what a fresh lookup gives each time.
import sys


class S(str):
    pass


class L(list):
    pass


def call_upper(objs):
    out = []
    for o in objs:
        try:
            out.append(o.upper())
        except Exception as e:
            out.append(type(e).__name__)
    return out


s = S("abc")
print(call_upper(["a", "b", s, "c"]))
s.upper = lambda: "shadowed"
print(call_upper(["a", s, "b"]))
S.upper = lambda self: "from class"
print(call_upper(["a", S("x"), s, "b"]))
del S.upper
print(call_upper([S("x"), "y", 5]))


def appends(objs):
    for o in objs:
        o.append(len(o))
    return objs


lst = L()
print(appends([[], [1], lst, [2, 3]]))
lst.append = lambda x: print("instance append", x)
print(appends([[], lst]))


def refcounts(x):
    # A method call on a builtin receiver holds the receiver once on the stack.
    before = sys.getrefcount(x)
    x.count("a")
    x.find("b")
    return before, sys.getrefcount(x)


print(refcounts("banana"), refcounts("日本"))
print([m(3) for m in ((5).__add__, "ab".__mul__, [1].__mul__)])


def items(ds):
    return [sorted(d.items()) for d in ds]


print(items([{1: 2}, {"a": 1}]))
