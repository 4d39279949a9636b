import gc
a, b = object(), object()
print(gc.get_referents([1, "a", None]))
print(gc.get_referents((1, 2)))
print(gc.get_referents({"a": 1, "b": 2}))
print(gc.get_referents({1: 2, 3: 4}))
print(gc.get_referents([1], (2,)))
print(gc.get_referents(1, "x", None))
print(gc.get_referents())
