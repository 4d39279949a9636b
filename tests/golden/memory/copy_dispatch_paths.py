# copy/deepcopy dispatch: atomic types, the built-in containers, classes and metaclasses,
# hooks and reductions; the memo and its keep-alive list, as CPython's copy module keeps them.
import copy
import weakref


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Plain:
    def __init__(self):
        self.items = [1, 2]


class Hooked:
    def __deepcopy__(self, memo):
        print("deepcopy hook, memo has", len(memo), "entries")
        return self

    def __copy__(self):
        print("copy hook")
        return self


class MyList(list):
    pass


def f():
    pass


atoms = [None, 1, 2.5, True, 3j, "s", b"b", int, range(3), property(), len,
         Ellipsis, NotImplemented, f, f.__code__, WithMeta, Meta]
ob = Plain()
atoms.append(weakref.ref(ob))
for a in atoms:
    assert copy.copy(a) is a and copy.deepcopy(a) is a, a
print("atoms shared")

memo = {}
t = (1, "x", (2, 3))
print(copy.deepcopy(t, memo) is t, memo)
t2 = (1, [2])
c = copy.deepcopy(t2, memo)
print(c == t2, c is t2, c[1] is t2[1])
keep = memo[id(memo)]
print(len(keep), [type(x).__name__ for x in keep])
print(sorted(type(v).__name__ for k, v in memo.items() if k != id(memo)))

for x in [[1, [2]], {"a": [1]}, {1, 2}, bytearray(b"ab"), (1, 2), frozenset({1}),
          slice(1, 2), MyList([1, 2])]:
    s = copy.copy(x)
    print(type(x).__name__, s == x, s is x)

m = MyList([[1], [2]])
m.attr = "a"
dm = copy.deepcopy(m)
print(type(dm).__name__, dm, dm[0] is m[0], dm.attr)

h = Hooked()
print(copy.deepcopy([h, h])[0] is h, copy.copy(h) is h)

p = Plain()
memo = {}
dp = copy.deepcopy([p, p], memo)
print(dp[0] is dp[1], dp[0] is not p, dp[0].items is not p.items)
print(len(memo), len(memo[id(memo)]))

# A recursive structure through a tuple and a list.
lst = []
tup = (lst,)
lst.append(tup)
ct = copy.deepcopy(tup)
print(ct[0][0] is ct, ct is not tup)

# Bound methods: the function is shared, the instance copied.
bm = p.__init__
cbm = copy.deepcopy(bm)
print(cbm.__func__ is bm.__func__, cbm.__self__ is not p)

class NoReduce:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot reduce " + str(proto))

try:
    copy.deepcopy(NoReduce())
except TypeError as e:
    print("TypeError:", e)
try:
    copy.copy(NoReduce())
except TypeError as e:
    print("TypeError:", e)

class Str:
    def __reduce_ex__(self, proto):
        return "global_name"

s = Str()
print(copy.copy(s) is s, copy.deepcopy(s) is s)
