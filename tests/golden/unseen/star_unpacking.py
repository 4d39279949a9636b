first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
def f(*args, sep="-", **kwargs):
    return sep.join(map(str, args)) + str(sorted(kwargs.items()))
print(f(*[1, 2], *(3,), sep="+", **{"x": 1}, **{"y": 2}))
print([*range(3), *"ab"], {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
merged = {"a": 1} | {"b": 2}
merged |= {"a": 0}
print(merged)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
def kwonly(a, /, b, *, c):
    return a, b, c
print(kwonly(1, b=2, c=3), kwonly(1, 2, c=3))
try:
    kwonly(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
head, *_ = range(10)
print(head, _[:3])
print(*[1, 2, 3], sep=", ")
print(max(*[4, 9, 2]), min(3, *[1]), list(map(lambda *a: sum(a), [1, 2], [3, 4])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
def g(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6))
try:
    g(1)
except TypeError as e:
    print(e)
try:
    g(1, c=1, a=2)
except TypeError as e:
    print(e)
