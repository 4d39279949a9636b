from functools import singledispatch, singledispatchmethod, total_ordering
from collections.abc import Sequence, Mapping
from decimal import Decimal

@singledispatch
def describe(obj):
    return f"object {obj!r}"

@describe.register
def _(obj: int):
    return f"int {obj}"

@describe.register(float)
@describe.register(Decimal)
def _(obj):
    return f"number {obj}"

@describe.register
def _(obj: Sequence):
    return f"sequence of {len(obj)}"

@describe.register(Mapping)
def _(obj):
    return f"mapping with keys {sorted(obj)}"

for v in [1, True, 2.5, Decimal("1.1"), [1, 2], "abc", (1,), {"b": 1, "a": 2}, None, {1}]:
    print(describe(v))
print(sorted(k.__name__ for k in describe.registry.keys()))
print(describe.dispatch(bool).__name__, describe.dispatch(object) is describe.registry[object])
try:
    @describe.register
    def _(obj):
        return 1
except TypeError as e:
    print("TypeError:", str(e).split(" <function")[0])

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"
    @fmt.register
    def _(self, arg: int):
        return f"#{arg}"
    @fmt.register
    def _(self, arg: list):
        return ",".join(self.fmt(a) for a in arg)

print(Formatter().fmt([1, 2, "x"]))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version("1.10.0"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), max(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.1"))
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1.0") >= "x"
except TypeError as e:
    print("TypeError:", e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
