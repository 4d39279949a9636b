# object.__hash__ is the address rotated by four bits (`_Py_HashPointer`): objects are
# 16-aligned, so for every object the hash is id >> 4, positive, and ids end in 0.
class C:
    pass


def f():
    pass


for o in [object(), C(), C, f, [], {}, (1, 2), 3.5, 10**30, b"x", len, range(3)]:
    i = id(o)
    h = object.__hash__(o)
    print(type(o).__name__, i % 16, h == i >> 4, h > 0)
