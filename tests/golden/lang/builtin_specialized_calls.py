# len(), isinstance() and list.append() as a loop calls them: exact types answer in
# place, everything else (subclasses with their own methods, ABCs, proxies with a
# __class__ attribute, keywords, wrong arities) behaves as the generic call.
import sys
from collections.abc import Sized, Sequence


class MyList(list):
    def __len__(self):
        return 42

    def append(self, x):
        super().append(x * 10)


class PlainList(list):
    pass


class Proxy:
    @property
    def __class__(self):
        return int


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"


class Checked(metaclass=Meta):
    pass


class Base:
    pass


class Derived(Base):
    pass


def lens():
    out = []
    for x in ([], [1, 2], (), (1,), "", "héllo", {}, {1: 2}, set(), {1, 2}, frozenset([3]),
              b"ab", bytearray(b"abc"), range(5), MyList([1]), PlainList([1, 2, 3]),
              {1: 2}.keys(), memoryview(b"xyz")):
        out.append(len(x))
    return out


for _ in range(3):
    print(lens())

for bad in (1, None, 2.5, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
try:
    len(obj=[])
except TypeError as e:
    print(e)

for _ in range(3):
    d = Derived()
    print(isinstance(d, Derived), isinstance(d, Base), isinstance(d, object),
          isinstance(d, int), isinstance(d, (int, Base)), isinstance(1, bool),
          isinstance(True, int), isinstance([], Sequence), isinstance({}, Sized),
          isinstance(Proxy(), int), isinstance(Proxy(), Proxy), isinstance("yes", Checked),
          isinstance("no", Checked), isinstance(int, type), isinstance(type, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)

for L in ([], MyList(), PlainList()):
    for i in range(3):
        L.append(i)
    print(type(L).__name__, L, len(L), sys.getsizeof(L))
append = [].append
for i in range(3):
    append(i)
print(append.__self__)
items = []
list.append(items, "via descriptor")
print(items)
try:
    list.append((), 1)
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    [].append(1, 2)
except TypeError as e:
    print(e)
# Sizes as the list grows through append: CPython's over-allocation.
grow = []
sizes = []
for i in range(40):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print(sizes)
# The appended object's reference count: one more, held by the list.
obj = object()
before = sys.getrefcount(obj)
holder = []
holder.append(obj)
print(sys.getrefcount(obj) - before)
# list.pop() without an index: exact lists, subclasses, empty lists, a pop of the last
# reference (the item's __del__ runs when the popped value is dropped).
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


for L in ([1, 2, 3], PlainList([4, 5]), MyList([6])):
    print(L.pop(), L, sys.getsizeof(L))
try:
    [].pop()
except IndexError as e:
    print(e)
shrink = list(range(40))
popped = []
for _ in range(40):
    shrink.pop()
    popped.append(sys.getsizeof(shrink))
print(popped)
keep = [Noisy("a"), Noisy("b")]
keep.pop()
print("after pop")
x = keep.pop()
print("held", x.name)
del x
print("end")
# list.pop(i) and list.insert(i, x) with indexes of every kind, set.add and dict.get.
class Idx(int):
    def __index__(self):
        return 0


L = list(range(8))
print(L.pop(0), L.pop(-1), L.pop(2), L.pop(True), L.pop(Idx(3)), L)
for bad in (10, -10, 2**70, "1", 1.0):
    try:
        L.pop(bad)
    except (IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for i in (0, -1, 100, -100, True, Idx(2), 2**70, -(2**70)):
    L.insert(i, "x")
print(L)
try:
    L.insert("0", 1)
except TypeError as e:
    print(e)
try:
    L.insert(0)
except TypeError as e:
    print(e)
fill = []
sizes = []
for i in range(20):
    fill.insert(0, i)
    sizes.append(sys.getsizeof(fill))
print(fill, sizes)
S = set()
for k in (1, 1.0, True, "a", (1, 2), frozenset([1])):
    S.add(k)
print(sorted(map(repr, S)))
try:
    S.add([])
except TypeError as e:
    print(e)
try:
    S.add({1})
except TypeError as e:
    print(e)


class MySet(set):
    def add(self, x):
        super().add(("wrapped", x))


ms = MySet()
ms.add(1)
set.add(ms, 2)
print(sorted(ms, key=repr))
D = {"a": 1, 2: "b", (1,): None}
print(D.get("a"), D.get("z"), D.get("z", 0), D.get(2), D.get((1,), "default"), D.get(2.0))
try:
    D.get([])
except TypeError as e:
    print(e)
try:
    D.get()
except TypeError as e:
    print(e)
try:
    D.get(1, 2, 3)
except TypeError as e:
    print(e)


class Missing(dict):
    def __missing__(self, k):
        return "missing"

    def __getitem__(self, k):
        return "getitem"


m = Missing(a=1)
print(m.get("a"), m.get("b"), m["b"])


class Key:
    def __hash__(self):
        return hash("a")

    def __eq__(self, other):
        print("eq called")
        return other == "a"


print(D.get(Key()))
