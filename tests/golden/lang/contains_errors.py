# Membership on objects that are not containers: CPython's messages for each path.
class Iterless:
    pass

class BadIter:
    def __iter__(self):
        raise TypeError("inner")

class IterReturnsInt:
    def __iter__(self):
        return 5

class GetItem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10

class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])

class NoIter:
    __iter__ = None

for label, obj in [("None", None), ("int", 3), ("float", 1.5), ("object", object()),
                   ("Iterless", Iterless()), ("BadIter", BadIter()),
                   ("IterReturnsInt", IterReturnsInt()), ("GetItem", GetItem()),
                   ("NoContains", NoContains()), ("NoIter", NoIter()), ("type", int)]:
    for probe in (1, 20):
        try:
            print(label, probe, probe in obj, probe not in obj)
        except TypeError as e:
            print(label, probe, "TypeError:", e)

import operator
for obj in (None, 7):
    try:
        operator.contains(obj, 1)
    except TypeError as e:
        print("operator.contains:", e)
try:
    1 in "abc"
except TypeError as e:
    print(e)
