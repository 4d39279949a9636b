# Neighbours of four small builtin behaviours: range() stores exact ints (PyNumber_Index),
# math.fsum drops zero partials, types.CellType constructs cells, and objects whose C
# layout is more than their state cannot be copied.
import copy, gc, math, operator, sys, types, weakref


class MyInt(int):
    pass


class Idx:
    def __index__(self):
        return 7


for args in [(True,), (False, True), (True, 5, True), (MyInt(3),), (1, MyInt(9), MyInt(2)), (Idx(),)]:
    r = range(*args)
    print(r, [type(x).__name__ for x in (r.start, r.stop, r.step)], list(r))
print(operator.index(True), type(operator.index(MyInt(4))).__name__)

for xs in [[], [-0.0], [-0.0, -0.0], [0.0, -0.0], [-0.0, 1.0, -1.0], [1e100, 1.0, -1e100],
           [0.1] * 10, [2.0 ** 53, 1.0, 1.0], [-1.5, 1.5, -0.0]]:
    print(xs[:3], repr(math.fsum(xs)))
for xs in [[1e308, 1e308], [math.inf, -math.inf], [math.inf, 1.0], [math.nan, 1.0]]:
    try:
        print(repr(math.fsum(xs)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

obj = object()
before = sys.getrefcount(obj)
c = types.CellType(obj)
print(type(c).__name__, c.cell_contents is obj, sys.getrefcount(obj) - before, gc.is_tracked(c))
del c
print(sys.getrefcount(obj) - before)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError", e)
empty.cell_contents = 5
print(empty.cell_contents, types.CellType(None).cell_contents)
for bad in [lambda: types.CellType(1, 2), lambda: types.CellType(contents=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

for o in [sys, types.ModuleType("m"), types.SimpleNamespace(a=1), [1, 2], {"k": 1}]:
    try:
        print("copied", type(copy.copy(o)).__name__)
    except TypeError as e:
        print("TypeError", e)


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, 2


print(type(copy.copy(Plain())).__name__, copy.copy(Slotted()).b)
try:
    weakref.ref(types.SimpleNamespace())
except TypeError as e:
    print("TypeError", e)
