# Searching a tuple compares its items uncounted (tuplecontains); a list's item is held
# for the comparison. list.index/tuple.index check their receiver's type.
import sys
class E:
    def __eq__(self, other):
        print("refs", sys.getrefcount(self))
        return False
t = (E(), E())
x = object()
print(x in t)
print(t.count(x))
try:
    t.index(x)
except ValueError as e:
    print(e)
l = [E()]
print(x in l)
try:
    list.index((1, 2), 1)
except TypeError as e:
    print(e)
try:
    tuple.index([5, 6], 6)
except TypeError as e:
    print(e)
try:
    [].index()
except TypeError as e:
    print(e)
try:
    ().index()
except TypeError as e:
    print(e)
print([1,2,3].index(2, 0, 5), (1,2,3).index(3))
