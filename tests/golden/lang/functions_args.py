def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3), pos_only(*[1, 2, 3]))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2))
print((lambda *a, **k: (a, k))(1, y=2))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print(e)
