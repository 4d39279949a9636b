# Builtins parsing keyword arguments count them first: too many is "takes at most N
# (keyword) arguments", before any unknown name is reported.
tests = [
    "int('1', base=2, x=1)", "int(x=1, y=2, z=3)", "int('1', 2, 3)", "int('1', z=1)",
    "[].sort(a=1, b=2, c=3)", "[].sort(key=None, reverse=False, k=1)", "[].sort(k=1)",
    "sorted([], a=1, b=2, c=3)", "sorted([], x=1)", "zip(a=1, b=2)", "zip(a=1)",
    "min([1], a=1, b=2, c=3)", "max(1, 2, x=1)", "print(a=1, b=2, c=3, d=4, e=5)",
    "print(sep='', foo=1)",
]
for t in tests:
    try:
        print(t, "->", eval(t))
    except TypeError as e:
        print(t, "->", e)
