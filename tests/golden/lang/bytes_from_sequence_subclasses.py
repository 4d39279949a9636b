# bytes() reads an exact list or tuple of small ints in place; a subclass's own
# __iter__ (or items that are not small ints) decides what it yields.
class L(list):
    def __iter__(self):
        return iter([1, 2])


class T(tuple):
    def __iter__(self):
        return iter([3, 4])


class Plain(list):
    pass


print(bytes(L([5, 6, 7])), bytes(T((8, 9))), bytes(Plain([10, 11])))
print(bytes([65, 66]), bytes((67,)), bytes([]), bytes(()))
print(bytes([65]) is bytes([65]), bytes((65,)) is bytes((65,)))
for bad in ([256], (1, -1), [1, 2.0], ("a",)):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
