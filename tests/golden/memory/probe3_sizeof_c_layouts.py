# sys.getsizeof of C objects refpy models with other payloads: the long range
# iterator (no GC header: longrangeiterobject is not a GC type), PEP 585 aliases
# (gaobject) and PEP 604 unions (unionobject), and whether each is tracked.
import gc
import sys


def show(label, obj):
    print(f"{label:<26} {sys.getsizeof(obj):>4} tracked={gc.is_tracked(obj)} {type(obj).__name__}")


show("iter(range(10))", iter(range(10)))
show("iter(range(2**63))", iter(range(2**63)))
show("iter(range(-2**70, 0))", iter(range(-2**70, 0)))
show("reversed(range(10))", reversed(range(10)))
show("reversed(range(10**20))", reversed(range(10**20)))
show("range(10**20)", range(10**20))
it = iter(range(10**20, 10**20 + 3))
print("long iteration", list(it), sys.getsizeof(it))

show("list[int]", list[int])
show("dict[str, list[int]]", dict[str, list[int]])
show("tuple[int, ...]", tuple[int, ...])
show("type[int]", type[int])
show("int | str", int | str)
show("int | str | None", int | str | None)
show("list[int] | None", list[int] | None)
alias = list[int]
print("alias parts", alias.__origin__, alias.__args__, alias.__parameters__)
print("union args", (int | str).__args__)
print("alias eq", list[int] == list[int], (int | str) == (str | int))

# An exhausted iterator keeps its type's size.
for make in (lambda: iter([1]), lambda: iter((1,)), lambda: iter("a"), lambda: iter({1: 2}),
             lambda: iter({1}), lambda: enumerate([1]), lambda: zip([1]), lambda: map(str, [1]),
             lambda: filter(None, [1]), lambda: reversed([1]), lambda: iter(range(1)),
             lambda: iter(range(10**20, 10**20 + 1)), lambda: iter(b"a"),
             lambda: iter(bytearray(b"a")), lambda: iter({1: 1}.items()),
             lambda: reversed({1: 1}), lambda: iter(lambda: 1, 1), lambda: reversed(range(1)),
             lambda: iter("\u1234")):
    it = make()
    before = sys.getsizeof(it)
    list(it)
    print(f"exhausted {type(it).__name__:<24} {before} {sys.getsizeof(it)}")
