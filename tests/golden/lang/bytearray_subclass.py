# A bytearray subclass holds bytes (bytearray.__init__ fills it) and reprs with its name.
import sys


class B(bytearray):
    def shout(self):
        return bytes(self).upper()


b = B(b"ab'c")
print(repr(b), str(b), len(b), b == b"ab'c", b.shout(), isinstance(b, bytearray))
b.extend(b"de")
b[0] = 65
print(b, b[1:3], type(b[1:3]).__name__, b.count(b"d"), bytes(b))
print(repr(B()), repr(B(3)), repr(B("x", "ascii")), B([1, 2]) + b"3")
b.attr = 5
print(b.attr, vars(b), sys.getsizeof(B()) - sys.getsizeof(bytearray()))
for value in (B(b"x"), bytearray(b"x")):
    print(type(value).__name__, repr(value), value.decode())
try:
    B(-1)
except ValueError as e:
    print("ValueError", e)
