a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z), w = 1, (2, 3), 4
print(first, rest, init, last, x, y, z, w)
print(*[1, 2], *"ab", sep="|")
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d, [*range(3), *(4, 5)])
for i, (k, v) in enumerate(sorted(d.items())):
    print(i, k, v)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
