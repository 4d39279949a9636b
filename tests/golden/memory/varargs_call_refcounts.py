# CPython 3.11's METH_VARARGS builtins (max, min, str.format, dict.update, set.union...)
# receive their positional arguments in a tuple made for the call, so an argument counts
# once more while they run; `%` formatting borrows its arguments; PyObject_Format holds
# the object while a `__format__` that is not str's or int's runs.
import sys


class C:
    def __lt__(self, other):
        print("lt", sys.getrefcount(self))
        return True

    def __gt__(self, other):
        print("gt", sys.getrefcount(self))
        return True

    def __str__(self):
        print("str", sys.getrefcount(self))
        return "c"

    def __repr__(self):
        print("repr", sys.getrefcount(self))
        return "C()"

    def __index__(self):
        print("index", sys.getrefcount(self))
        return 10

    def __hash__(self):
        print("hash", sys.getrefcount(self))
        return 1

    def __eq__(self, other):
        return self is other


a, b = C(), C()
max(a, b)
min(a, b)
max([a, b])
min(a, b, key=lambda v: v)
sorted([a, b])
print("{}".format(a), "{!r}".format(a), "{0}{0}".format(a), "{x}".format(x=a))
print("{}".format_map([a]) if False else "{x}".format_map({"x": a}))
print(str.format("{}", a))
print("%s" % a, "%s" % (a,), "%r" % (a,), "%(k)s" % {"k": a})
print("%x" % a, "%o" % (a,), "%X" % a, "%c" % (a,) if False else "")
print("%d" % (a,), "%i" % a)
print(format(a), format(a, ""))
s = set()
s.update([a])
s.union([b])
d = {}
d.update([(1, a)])
d.update(k=b)
print(len(s), len(d))


class N:
    def __float__(self):
        return 2.5


for fmt in ("%x", "%o", "%c", "%d", "%f"):
    try:
        print(fmt % N())
    except TypeError as e:
        print(fmt, "TypeError:", e)


class BadIndex:
    def __index__(self):
        return "no"


for fmt in ("%x", "%c"):
    try:
        print(fmt % BadIndex())
    except TypeError as e:
        print(fmt, "TypeError:", e)
