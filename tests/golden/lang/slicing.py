xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[::2], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2], "abcdef"[1:-1], "abcdef"[::-2], (1, 2, 3)[1:])
xs[2:5] = ["a"]
print(xs)
xs[::3] = [0, 0, 0]
print(xs)
del xs[1::2]
print(xs)
s = slice(1, 8, 3)
print(s, s.indices(5), list(range(10))[s])
