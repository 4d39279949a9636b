# enumerate, reversed, zip, map and filter are types: calling one makes its iterator.
import copy
import pickle

for t in (enumerate, reversed, zip, map, filter):
    print(t, type(t).__name__, t.__name__, t.__qualname__, t.__module__, t.__bases__)
z = zip([1, 2], "ab")
print(type(z) is zip, isinstance(z, zip), list(z))
print(isinstance(enumerate([]), enumerate), isinstance(iter([]), enumerate))
print(list(enumerate("ab", start=1)), list(reversed([1, 2])), list(map(str, [1])), list(filter(None, [0, 1])))
for bad in ["enumerate()", "map(len)", "filter(None)", "reversed()", "reversed(5)", "enumerate(5)", "zip(1)", "zip([], strict=1, x=2)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
e = enumerate("abc")
next(e)
print(e.__reduce__()[0] is enumerate, list(pickle.loads(pickle.dumps(e))), list(copy.copy(enumerate("xy"))))
print(type(pickle.loads(pickle.dumps(zip([1], [2])))).__name__)
print(callable(zip), repr(map(len, [])).split(" at ")[0])
