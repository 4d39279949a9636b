# Reference counts while builtins read their arguments: tuple repr, bytes/bytearray/range/
# float constructors read them borrowed.
import sys


class R:
    def __repr__(self):
        return "R%d" % sys.getrefcount(self)

    def __format__(self, spec):
        return "F%d" % sys.getrefcount(self)


r = R()
print(repr((R(),)))
print(repr((r, R(), r)))
print(repr(((R(),),)))
print(repr({1: R()}))
print("{}".format(R()))
print("{0}{0}".format(r))
print("{x}".format(x=R()))
print({"a": R()})
print(format(R()))
print("%r" % (R(),))


class I:
    def __index__(self):
        print("index", sys.getrefcount(self))
        return 3


class Fl:
    def __float__(self):
        print("float", sys.getrefcount(self))
        return 3.0


print(bytearray(I()))
print(bytes(I()))
i = I()
print(bytearray(i), bytes(i))
print(bytearray(source=i))
print(range(i), range(I(), 10, I()))
print(float(Fl()))
fl = Fl()
print(float(fl))
try:
    bytearray(I(), "ascii")
except TypeError as e:
    print("TypeError:", e)
print(sys.getrefcount(i), sys.getrefcount(fl))
