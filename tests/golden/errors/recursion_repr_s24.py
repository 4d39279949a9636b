# A __repr__/__str__/__eq__ that recurses: CPython counts each C-level step
# (PyObject_Repr, PyObject_Str, a checked builtin call, a rich comparison) and each
# Python frame against one recursion limit, so both the depth reached and the
# wording of the RecursionError depend on which step hits the limit.
n = 0


def run(name, make, op):
    global n
    n = 0
    try:
        op(make())
    except RecursionError as e:
        print(name, n, e)


class ReprSelf:
    def __repr__(self):
        global n
        n += 1
        return repr(self)


class FstrRepr:
    def __repr__(self):
        global n
        n += 1
        return f"{self!r}"


class PercentRepr:
    def __repr__(self):
        global n
        n += 1
        return "%r" % (self,)


class InList:
    def __repr__(self):
        global n
        n += 1
        return repr([self])


class FstrStr:
    def __str__(self):
        global n
        n += 1
        return f"{self}"


class PercentStr:
    def __str__(self):
        global n
        n += 1
        return "%s" % self


class FormatStr:
    def __str__(self):
        global n
        n += 1
        return "{}".format(self)


class Eq:
    def __eq__(self, other):
        global n
        n += 1
        return self == other


class Lt:
    def __lt__(self, other):
        global n
        n += 1
        return self < other


class Hash:
    def __hash__(self):
        global n
        n += 1
        return hash(self)


class Int:
    def __int__(self):
        global n
        n += 1
        return int(self)


class Call:
    def __call__(self):
        global n
        n += 1
        return self()


class Method:
    def m(self):
        global n
        n += 1
        return self.m()


run("repr(self)", ReprSelf, repr)
run("f-string !r", FstrRepr, repr)
run("%r", PercentRepr, repr)
run("repr([self])", InList, repr)
run("f-string", FstrStr, lambda o: f"{o}")
run("%s", PercentStr, lambda o: "%s" % o)
run("str.format", FormatStr, lambda o: "{}".format(o))
run("==", Eq, lambda o: o == o)
run("<", Lt, lambda o: o < o)
run("hash", Hash, hash)
run("int", Int, int)
run("__call__", Call, lambda o: o())
run("method", Method, lambda o: o.m())

# A list that holds itself prints [...]; one holding an object whose repr prints the
# list does too, and nothing recurses.
class Holder:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return "Holder(%r)" % (self.items,)


print(repr(Holder()))
lst = [1]
lst.append(lst)
print(lst, str(lst))

# Deep nesting of builtin containers: their repr counts one level per nesting.
deep = []
for _ in range(2000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("deep list:", e)
deep = {}
for _ in range(2000):
    deep = {"k": deep}
try:
    str(deep)
except RecursionError as e:
    print("deep dict:", e)
del deep
