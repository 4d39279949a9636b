# int() and float() of instances of int and float subclasses give plain ints and floats
# (PyNumber_Long / PyNumber_Float), unless the subclass defines __int__ / __float__.
class I(int): pass
class J(int):
    def __int__(self): return 42
class F(float): pass
class G(float):
    def __float__(self): return 1.25
x = I(5)
for v in (I(5), J(7), True, 2**70, I(2**70)):
    r = int(v)
    print(type(r).__name__, r)
for v in (F(2.5), G(3.5), 1.5):
    r = float(v)
    print(type(r).__name__, r)
print(type(int(x)) is int, int(x) is not x)
print(int.__repr__(True), int.__str__(False), int.__format__(True, "d"), format(True, "d"), "%d" % True, str(True), repr(True), int.__repr__(5))
import enum
class E(enum.IntEnum):
    A = 1
print(repr(E.A), str(E.A), format(E.A), int.__repr__(E.A))
