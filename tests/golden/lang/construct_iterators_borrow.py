# bytes() of a list or tuple of small ints reads the items in place: a one-byte result
# from a list is the shared byte, from a tuple a new object (CPython's _PyBytes_FromList /
# _PyBytes_FromTuple); the iterator types borrow their argument (its count inside
# __iter__ is the caller's references only).
import sys

print(bytes([65]) is bytes([65]), bytes((65,)) is bytes((65,)))
print(bytes([1, 2, 255]), bytes((0,) * 3), bytes([]), bytes(()))
for bad in ([256], [-1], (1, "a"), [True, 2]):
    try:
        print(bytes(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class I(int):
    def __index__(self):
        return 7


print(bytes([I(3)]), bytes((I(4),)))


class Counted:
    def __iter__(self):
        print("count in __iter__:", sys.getrefcount(self))
        return iter([1, 2])


o = Counted()
print(list(enumerate(o)))
print(list(enumerate(o, 5)))
print(list(enumerate(o, start=2)))
print(list(enumerate(iterable=o)))
print(list(zip(o)))
print(list(map(abs, o)))
print(list(filter(None, o)))
