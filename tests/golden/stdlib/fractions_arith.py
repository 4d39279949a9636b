# Fraction arithmetic: exact with ints and Fractions, float/complex fallbacks, both
# operand orders, //, %, divmod, ** (integer and fractional exponents), unary ops,
# and the errors (ZeroDivisionError wording, unsupported operands).
from fractions import Fraction as F


def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


values = ["F(1, 3)", "F(-7, 4)", "F(0)", "F(5)", "3", "-2", "True", "0.5", "-2.25",
          "(1+2j)", "F(10**20 + 1, 3**30)"]
ops = ["+", "-", "*", "/", "//", "%"]
for a in values[:4] + values[-1:]:
    for b in values:
        for op in ops:
            show("%s %s %s" % (a, op, b))
            show("%s %s %s" % (b, op, a))
        show("divmod(%s, %s)" % (a, b))
        show("divmod(%s, %s)" % (b, a))

for expr in [
    "F(2, 3) ** 2", "F(2, 3) ** -2", "F(-2, 3) ** 3", "F(-2, 3) ** -3", "F(2, 3) ** 0",
    "F(0) ** 0", "F(0) ** -1", "F(0) ** F(-2)", "F(4) ** F(1, 2)", "F(-8) ** F(1, 3)",
    "F(1, 2) ** 0.5", "F(1, 2) ** -1.5", "F(2) ** 1j", "F(2) ** F(3, 1)", "F(9, 4) ** F(-1, 2)",
    "F(2, 3) ** True", "2 ** F(1, 2)", "2 ** F(2)", "2 ** F(-2)", "(-2) ** F(-3)",
    "2.0 ** F(-2)", "(-2.0) ** F(-3)", "0 ** F(-1)", "1j ** F(2)", "(-8) ** F(1, 3)",
    "F(3) ** F(2)", "pow(F(2), 3)", "pow(F(2, 3), -1)", "F(1, 2) ** 1000 == F(1, 2**1000)",
    "-F(1, 3)", "+F(1, 3)", "abs(F(-1, 3))", "abs(F(1, 3))",
    "F(1, 2) + None", "None + F(1, 2)", "F(1) + 'a'", "'a' + F(1)", "F(1) * []",
    "F(1) ** 'a'", "'a' ** F(1)", "F(1, 2) // 1j", "F(1, 2) % 1j", "divmod(F(1), 1j)",
    "F(1, 2) / 0", "F(-3, 4) / F(0)", "F(0) / 0", "1 / F(0)", "-5 / F(0)", "F(7) / F(0, 3)",
    "F(1) // 0", "F(1) % 0", "divmod(F(1), 0)", "3 // F(0)", "3 % F(0)",
    "F(5, 2) // 0.0", "F(5, 2) % 0.0", "divmod(F(5, 2), 0.0)", "F(5, 2) / 0.0",
    "F(5, 2) / 0j", "1.5 / F(0)",
    "F(1, 3) + F(1, 6) + F(1, 2)", "sum([F(1, 3)] * 3)", "sum([F(1, 10)] * 10, 0.0)",
    "F(1, 3) * 3 == 1", "F(1, 10) * 10 == 1.0", "F(2**64, 3) * F(3, 2**64)",
]:
    show(expr)

# big values stay exact
a = F(2**200 + 1, 3**100)
b = F(-(5**80), 7**60)
print(a + b == F((2**200 + 1) * 7**60 - 5**80 * 3**100, 3**100 * 7**60))
print((a * b) / b == a, (a - b) + b == a, divmod(a, b), a % b, a // b)
print(type(F(1, 2) + 1).__name__, type(1 + F(1, 2)).__name__, type(F(1, 2) + 1.0).__name__)
print(F.__add__.__name__, F.__radd__.__name__, F.__truediv__.__name__, F.__rdivmod__.__name__,
      F.__rfloordiv__.__name__, F.__mod__.__name__)


class Sub(F):
    pass


s = Sub(1, 2)
for r in [s + 1, 1 + s, s * s, s ** 2, -s, +s, abs(s), s // 1, s % 1, round(s, 2)]:
    print(type(r).__name__, repr(r))
