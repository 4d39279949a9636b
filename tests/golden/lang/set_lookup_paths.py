# Set lookups, adds and removals: keys compared natively (ints, floats, strs, tuples,
# None) and keys whose __eq__ runs Python code, including code that changes the set.
import sys

s = {1, 2.0, "three", (4, 5), None, True}
for probe in [1, 1.0, True, 2, 2.0, "three", "thre", (4, 5), (4, 6), None, 0, False, 3]:
    print(repr(probe), probe in s, probe in frozenset(s))
s.add(1.0)
s.add(2)
s.discard(True)
print(sorted(map(repr, s)))
try:
    s.remove("missing")
except KeyError as e:
    print("KeyError", e)


class Key:
    calls = 0

    def __init__(self, v, h=7):
        self.v, self.h = v, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


# Same hash: equality decides, through Python code.
ks = {Key(1), Key(2), 7}
print(Key(1) in ks, Key(3) in ks, 7 in ks, Key(7) in ks, Key.calls > 0)
ks.add(Key(2))
ks.add(Key(3))
ks.discard(Key(1))
print(len(ks), sorted(repr(k) for k in ks))
print(Key(2) in frozenset(ks), Key(9) in frozenset(ks))


# An __eq__ that changes the set while it is looked up.
class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 99

    def __eq__(self, other):
        self.target.add("added during eq")
        return False


m = set()
m.add(Mutator(m))
print(Mutator(m) in m, sorted(map(str, (type(x).__name__ for x in m))))
m.add(Mutator(m))
print(len(m))
m.discard(Mutator(m))
print(len(m))


# Counts: a key found, added, removed (a str made at run time: constants are shared).
k = "".join(["a", " key"])
t = {k}
print(sys.getrefcount(k))
t.add(k)
print(sys.getrefcount(k), k in t)
t.remove(k)
print(sys.getrefcount(k), k in t)

# Comprehensions and set displays build through the same add.
print(sorted({x % 5 for x in range(20)}), {1, 1.0, True}, len({Key(1), Key(1)}))
