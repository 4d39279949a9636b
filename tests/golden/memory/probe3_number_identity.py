# Operations that give back the very same number object in CPython (long_long,
# float_float, complex_pos), and those that always build a new one.
import math
import operator


def same(a, b):
    return a is b


n = 10**20
neg = -(10**20)
small = 300 + int("0")
f = 2.5
c = 1 + 2j


class I(int):
    pass


class F(float):
    pass


i_sub = I(10**20)
f_sub = F(2.5)

print("int unary plus", same(+n, n), same(+small, small), same(+neg, neg))
print("int abs", same(abs(n), n), same(abs(neg), neg), abs(neg) == n)
print("int dunders", same(n.__int__(), n), same(n.__index__(), n), same(n.__trunc__(), n))
print("int floor/ceil", same(n.__floor__(), n), same(n.__ceil__(), n), same(n.__round__(), n))
print("int round", same(round(n), n), same(round(n, 0), n), same(round(n, 3), n), round(n, -5) == n)
print("int attrs", same(n.real, n), same(n.numerator, n), same(n.conjugate(), n), n.denominator, n.imag)
print("math", same(math.trunc(n), n), same(math.floor(n), n), same(math.ceil(n), n))
print("operator", same(operator.pos(n), n), same(operator.index(n), n), same(int(n), n))
print("int sub", same(+i_sub, i_sub), type(+i_sub).__name__, same(abs(i_sub), i_sub),
      type(abs(i_sub)).__name__, type(i_sub.real).__name__, type(round(i_sub)).__name__,
      type(math.floor(i_sub)).__name__)
print("bool", type(+True).__name__, type(abs(True)).__name__, type(True.real).__name__,
      type(round(True)).__name__, type(math.trunc(True)).__name__, True.__int__() == 1)

print("float unary plus", same(+f, f), same(-(-f), f))
print("float abs", same(abs(f), f), same(abs(-f), f), abs(-f) == f, same(f.__abs__(), f))
print("float dunders", same(f.__float__(), f), same(f.conjugate(), f), same(f.real, f), f.imag)
print("float sub", same(+f_sub, f_sub), type(+f_sub).__name__, type(f_sub.real).__name__,
      type(f_sub.__float__()).__name__, type(f_sub.conjugate()).__name__)
print("float(f)", same(float(f), f), type(float(f_sub)).__name__)

print("complex unary plus", same(+c, c), same(c.conjugate(), c), same(complex(c), c))
print("complex parts", c.real, c.imag, abs(3 + 4j))

x = small
x = +x
print("rebinding keeps identity", same(x, small))
