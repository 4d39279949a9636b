# An exception in a comparison stops the sort and leaves the list in the partially
# merged order CPython leaves; keys are released in the order the sort left them.
import random


class Stop(Exception):
    pass


class K:
    __slots__ = ("v",)
    budget = -1
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        K.count += 1
        if K.count == K.budget:
            raise Stop(K.count)
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


def attempt(data, budget, **kw):
    K.count = 0
    K.budget = budget
    items = [K(x) for x in data]
    try:
        items.sort(**kw)
        outcome = "done"
    except Stop as e:
        outcome = "stopped at %s" % e.args[0]
    K.budget = -1
    values = [k.v for k in items]
    assert sorted(values) == sorted(data)
    return outcome, values


rng = random.Random(7)
small = [rng.randrange(100) for _ in range(20)]
for budget in [1, 2, 5, 19, 20, 40, 60, 80]:
    print(budget, attempt(small, budget))
    print(budget, "rev", attempt(small, budget, reverse=True))

# Fail inside merges of long runs (merge_lo / merge_hi, galloping or not).
for n in [150, 700]:
    data = [rng.randrange(10 ** 6) for _ in range(n)]
    total = attempt(data, -1)[0]
    K.count = 0
    [K(x) for x in data].sort()
    full = K.count
    for budget in sorted({full // 2, full - 300, full - 100, full - 40, full - 7, full - 1, full}):
        outcome, values = attempt(data, budget)
        print(n, budget - full, outcome, hash(tuple(values)) & 0xFFFFFFFF, values[:8], values[-8:])
        outcome, values = attempt(data, budget, reverse=True)
        print(n, budget - full, "rev", outcome, hash(tuple(values)) & 0xFFFFFFFF)
    halves = sorted(data[: n // 2]) + sorted(data[n // 2 :])
    K.count = 0
    [K(x) for x in halves].sort()
    full = K.count
    for budget in range(max(1, full - 60), full + 1, 7):
        outcome, values = attempt(halves, budget)
        print(n, "halves", budget - full, outcome, hash(tuple(values)) & 0xFFFFFFFF)
    skew = sorted(data[: n // 5]) + sorted(data[n // 5 :])
    K.count = 0
    [K(x) for x in skew].sort()
    full = K.count
    for budget in range(max(1, full - 60), full + 1, 7):
        outcome, values = attempt(skew, budget)
        print(n, "skew", budget - full, outcome, hash(tuple(values)) & 0xFFFFFFFF)


# Keys released in sorted order, after the sort; the items are unaffected.
class Key:
    def __init__(self, v, name):
        self.v = v
        self.name = name

    def __lt__(self, other):
        return self.v < other.v

    def __del__(self):
        print("del key", self.name)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=lambda w: Key(len(w), w)))
print(sorted(words, key=lambda w: Key(len(w), w), reverse=True))
lst = list(words)
lst.sort(key=lambda w: Key(w, w), reverse=True)
print(lst)


# A failing comparison: keys still released in the order the sort left them.
class BadKey(Key):
    def __lt__(self, other):
        if self.name == "kiwi" or other.name == "kiwi":
            raise Stop("kiwi")
        return self.v < other.v


lst = list(words)
try:
    lst.sort(key=lambda w: BadKey(w, w))
except Stop as e:
    print("stopped", e, lst)


# A failing key function: the keys made so far are released last first.
def failing_key(w):
    if w == "kiwi":
        raise Stop("key")
    return Key(w, w)


lst = list(words)
try:
    lst.sort(key=failing_key, reverse=True)
except Stop as e:
    print("key failed", e, lst)


class Item:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        raise Stop("item")

    def __del__(self):
        print("del item", self.name)


# sorted() drops its new list (last item first) when the sort fails.
try:
    sorted([Item("a"), Item("b"), Item("c")])
except Stop:
    print("sorted failed")
try:
    sorted([Item("a"), Item("b"), Item("c")], key=lambda item: failing_key(item.name.replace("b", "kiwi")))
except Exception as e:
    print("sorted key failed", type(e).__name__)

try:
    sorted([Item("x"), Item("y"), Item("z"), Item("w")], key=lambda it: 1 / (it.name != "x"))
except ZeroDivisionError:
    print("sorted key failed at the first")


# Modifying the list during the sort.
lst = [3, 1, 2]


def grow(x):
    lst.append(x)
    return x


try:
    lst.sort(key=grow)
except ValueError as e:
    print(e, lst)


class Meddler:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("during sort:", len(target), target)
        target.append(-1)
        return self.v < other.v

    def __repr__(self):
        return "M%d" % self.v


target = [Meddler(2), Meddler(1)]
try:
    target.sort()
except ValueError as e:
    print(e, target)

# A TypeError from an unorderable pair stops the sort too.
mixed = [5, 3, "x", 1, 2]
try:
    mixed.sort()
except TypeError as e:
    print(e, mixed)
mixed = [5, 3, 1, 2, "x", 0]
try:
    mixed.sort(reverse=True)
except TypeError as e:
    print(e, mixed)
print("end")
