# Slicing lists, tuples, strings and bytes: negative and extended steps, huge and
# missing bounds, __index__ bounds (each called once), identity of whole slices and
# the types of subclass slices.
import sys

data = list(range(10))
tup = tuple(data)
for s in [slice(None), slice(2, 7), slice(-3, None), slice(None, -3), slice(None, None, -1),
          slice(8, 2, -2), slice(2, 8, -1), slice(-100, 100), slice(100, -100, -1),
          slice(None, None, 3), slice(5, None, -4), slice(-1, -11, -1), slice(-2, -20, -3),
          slice(2**70, None, -1), slice(None, -2**70), slice(3, 3), slice(0, 10, 2**70)]:
    print(s, data[s], tup[s], "abcdefghij"[s], b"0123456789"[s])

print(tup[:] is tup, tup[0:10] is tup, tup[0:10:1] is tup, tup[::-1] == tup[::-1])
print(tup[5:2] is tup[6:1], data[:] is data, data[5:2], sys.getsizeof(data[:3]), sys.getsizeof(data[5:2]))
s = "hello"
print(s[:] is s, s[0:5] is s)
b = b"bytes"
print(b[:] is b)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


print(data[Idx(1):Idx(7):Idx(2)])
print(tup[Idx(1):Idx(9)])
print("abcdef"[Idx(-2):])
print(b"abcdef"[Idx(0):Idx(6)])
d2 = list(range(6))
d2[Idx(1):Idx(3)] = "xy"
d2[Idx(0)::Idx(4)] = "AB"
del d2[Idx(4):Idx(5)]
del d2[Idx(0)::Idx(3)]
print(d2)


class Shrinker:
    """An __index__ that mutates the list being sliced: the length is read after it."""
    def __init__(self, lst, v):
        self.lst, self.v = lst, v

    def __index__(self):
        del self.lst[3:]
        return self.v


lst = list(range(10))
print(lst[:Shrinker(lst, 8)])
lst = list(range(10))
print(lst[Shrinker(lst, -1)::-1])


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


ml = MyList([1, 2, 3, 4])
mt = MyTuple((1, 2, 3, 4))
ms = MyStr("abcd")
for obj in (ml, mt, ms):
    whole = obj[:]
    print(type(whole).__name__, whole, whole is obj, type(obj[::-1]).__name__)

for bad in ["x", 1.5, None]:
    for seq in (data, tup):
        try:
            seq[bad:2]
        except TypeError as e:
            print("TypeError:", e)
    try:
        data[bad]
    except TypeError as e:
        print("TypeError:", e)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    tup[1:2:0]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 20, 3).indices(10), slice(None, None, -1).indices(5), slice(-2**70, 2**70).indices(4))
print(data[True:], data[False::True])
