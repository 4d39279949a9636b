# `in`, index, count and remove on lists and tuples walk the live list (an __eq__ may
# change it), with identity first; list + list; sort of tuple keys whose later items are
# ints, strs, floats or subclasses with their own __lt__.
import sys

calls = []


class Eq:
    def __init__(self, name, equal=False, victim=None):
        self.name, self.equal, self.victim = name, equal, victim

    def __eq__(self, other):
        calls.append(self.name)
        if self.victim is not None and self.victim:
            self.victim.pop()
        return self.equal

    def __repr__(self):
        return f"Eq({self.name})"


nan = float("nan")
lst = [1, "a", nan, 2.0, None, (1, 2)]
print(nan in lst, float("nan") in lst, 2 in lst, True in [1], "a" in ("b", "a"), (1, 2) in lst)
print(lst.index(nan), lst.index(2), lst.count(nan), lst.count(2.0), (1, 1, True, 1.0).count(1))
x = Eq("x")
print(x in [x], [x].count(x), [x].index(x), calls)
calls.clear()

# An __eq__ that shrinks the list: the search sees the shorter list.
victim = [0, 1, 2, 3, 4, 5]
probe = Eq("p", victim=victim)
print(probe in victim, calls, victim)
calls.clear()
victim = [10, 11, 12, 13, 14, 15]
probe = Eq("c", victim=victim)
print(victim.count(probe), calls, victim)
calls.clear()
victim = [20, 21, 22, 23]
probe = Eq("i", victim=victim)
try:
    victim.index(probe)
except ValueError as e:
    print("ValueError:", e, calls, victim)
calls.clear()
victim = [Eq("a"), Eq("b", equal=True), Eq("c")]
victim.remove(0)
print(victim, calls, sys.getsizeof(victim))
calls.clear()

# index bounds.
t = (5, 6, 7, 5, 6, 7)
print(t.index(5, 1), t.index(7, -2), [5, 6, 7, 5].index(5, -1), t.index(6, 0, 2))
for args in [(5, 1, 3), (8,), (5, -2, 100)]:
    try:
        print(list(t).index(*args))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(t.index(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    [].index()
except TypeError as e:
    print("TypeError:", e)
try:
    list.count((1, 2), 1)
except TypeError as e:
    print("TypeError:", e)

# list + list: exact size, operands unchanged, subclasses give a list.
class L(list):
    pass


a, b = [1, 2, 3], L([4, 5])
c = a + b
print(c, type(c).__name__, sys.getsizeof(c), sys.getsizeof(a + a), a + [] == a, (a + []) is a)
try:
    a + (1,)
except TypeError as e:
    print("TypeError:", e)


# Sorting tuple keys: later items compared one pair at a time.
class RevInt(int):
    def __lt__(self, other):
        calls.append("RevInt.__lt__")
        return int(self) > int(other)


data = [(1, 3, "b"), (0, 9, "z"), (1, 2, "c"), (1, 3, "a"), (0, 9, "y"), (1, 2.5, "q")]
print(sorted(data))
print(sorted(data, reverse=True))
print(sorted([(1, RevInt(1)), (1, RevInt(3)), (1, RevInt(2))]), len(calls) > 0)
calls.clear()
print(sorted([(0, "b"), (0, "a"), (0, "ab"), (0, "\u00e9"), (0, "z")]))
print(sorted([(1.5, 2.0), (1.5, -1.0), (1.5, nan), (0.5, 1.0)])[:2])
print(sorted([(0, 1), (0, True), (0, 0.5), (0, False)]))
try:
    sorted([(0, 1), (0, "a")])
except TypeError as e:
    print("TypeError:", e)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: (-len(w), w), reverse=True))


class T(tuple):
    pass


print(L([1, 1, 2]).count(1), T((1, 1, 2)).count(1), list.count(L([3, 3]), 3), tuple.count(T((4,)), 4))
for call in [lambda: [].count(), lambda: ().count(1, 2), lambda: tuple.count([1], 1), lambda: L().count()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
