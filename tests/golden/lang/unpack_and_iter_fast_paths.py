# Unpacking and for-loops over exact tuples, lists and ranges go through fast paths;
# subclasses, wrong lengths and changes during iteration must behave as before.


class T(tuple):
    def __iter__(self):
        yield "from"
        yield "__iter__"


class L(list):
    def __iter__(self):
        return iter(["custom", "iter"])


a, b = T((1, 2))
print(a, b)
a, b = L([1, 2])
print(a, b)
a, b = [3, 4]
print(a, b)
a, b, c = (5, 6, 7)
print(a, b, c)
for seq in [(1,), (1, 2, 3), [1], [1, 2, 3], "ab", "abc", range(2), {1: 2, 3: 4}]:
    try:
        x, y = seq
        print("ok", x, y)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    x, y = 5
except TypeError as e:
    print(e)

items = [1, 2, 3]
for v in items:
    if v == 1:
        items.append(4)
    print("list", v)
items = [1, 2, 3, 4]
for v in items:
    items.remove(v)
    print("removing", v)
print(items)
for v in T((1, 2)):
    print("tuple subclass", v)
for v in L([9, 8]):
    print("list subclass", v)
for v in range(10, 0, -3):
    print("range", v)
for v in range(0):
    print("never")
for v in range(-2, 2):
    print("neg", v)
big = 2**62
for v in range(big, big + 2):
    print("big", v)
it = iter([1, 2])
for v in it:
    print("iter", v)
print(list(it), next(iter(range(3, 4))))
r = iter(range(2))
print(next(r), next(r), next(r, "done"))
