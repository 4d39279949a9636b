# Fraction comparisons (ints, floats, nan/inf, complex), hashing equal to equal
# ints/floats, rounding, int/float/bool conversion, math.floor/ceil/trunc,
# limit_denominator, copy and reduce.
import copy
import math
import sys
from fractions import Fraction as F


def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)


nan = float("nan")
inf = float("inf")
others = ["1", "0", "-1", "F(1, 2)", "F(2, 4)", "0.5", "0.25", "0.1", "inf", "-inf", "nan",
          "(0.5+0j)", "(0.5+1j)", "True", "F(10**30, 3)"]
for a in ["F(1, 2)", "F(-1)", "F(0)", "F(1, 10)"]:
    for b in others:
        for op in ["<", "<=", "==", "!=", ">", ">="]:
            show("%s %s %s" % (a, op, b))
            show("%s %s %s" % (b, op, a))
for expr in ["F(1) < 'a'", "F(1) == 'a'", "F(1) < 1j", "1j > F(1)", "F(1, 3).__eq__('a')",
             "F(1, 3).__lt__(None)", "F(1, 3) == None",
             "sorted([F(1, 2), 0.25, 1, F(-1, 3), True, -2.5])", "max(F(7, 3), 2.3)",
             "min(F(1, 3), F(1, 4))", "F(1, 2) in {0.5}", "{F(2): 'a'}[2]", "{0.5: 'x'}[F(1, 2)]"]:
    show(expr)

print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(2, 3)), hash(F(1, 2**61 - 1)), hash(F(-1, 2**61 - 1)))
print(hash(F(10**40, 3)), hash(F(-1)), hash(F(-2)), hash(F(2**61 - 2)), hash(F(2**61 - 1)), hash(F(2**61)))
cases = [F(0), F(1), F(-1), F(1, 2), F(-3, 4), F(5, 8), F(10**20), F(-(10**20)), F(2**70),
         F(1, 2**70), F(2.5), F(1e300), F(1e-300), F(-7.125), F(3, 2**61 - 1)]
for f in cases:
    g = float(f)
    same_float = (hash(f) == hash(g)) if F(g) == f else "n/a"
    same_int = (hash(f) == hash(int(f))) if f.denominator == 1 else "n/a"
    print(repr(f) if f.numerator.bit_length() < 80 else "big", same_float, same_int)

for expr in [
    "round(F(5, 2))", "round(F(7, 2))", "round(F(-5, 2))", "round(F(-7, 2))", "round(F(1, 3))",
    "round(F(2, 3))", "round(F(-2, 3))", "round(F(25, 100), 1)", "round(F(35, 100), 1)",
    "round(F(-35, 100), 1)", "round(F(150), -2)", "round(F(250), -2)", "round(F(12345), -2)",
    "round(F(1, 3), 0)", "round(F(1, 3), 2)", "round(F(1, 3), 5)", "round(F(1, 3), F(1))",
    "round(F(1, 3), 1.5)",
    "math.floor(F(-7, 2))", "math.ceil(F(-7, 2))", "math.trunc(F(-7, 2))", "int(F(-7, 2))",
    "math.floor(F(7, 2))", "math.ceil(F(7, 2))", "math.trunc(F(7, 2))", "int(F(7, 2))",
    "int(F(10**30, 7))", "float(F(1, 3))", "float(F(-1, 3))", "float(F(10**400, 3**700))",
    "float(F(1, 10**400))", "float(F(10**400, 3))", "float(F(2**53 + 1))",
    "bool(F(0))", "bool(F(1, 10**9))", "F(0) or 'empty'", "math.sqrt(F(1, 4))",
    "math.exp(F(0))", "math.isclose(F(1, 3), 1 / 3)", "range(F(2))", "[1, 2][F(1)]",
    "F(3.141592653589793).limit_denominator(10)",
    "F('3.141592653589793').limit_denominator(100)", "F(4321, 8765).limit_denominator(10000)",
    "F(math.pi).limit_denominator()", "F(-math.pi).limit_denominator(1000)",
    "F(1, 2).limit_denominator(1)", "F(3, 2).limit_denominator(1)", "F(5, 2).limit_denominator(1)",
    "F(7, 2).limit_denominator(1)", "F(1, 3).limit_denominator(F(5, 2))",
    "F(0.1).limit_denominator(1000)", "F(1, 7).limit_denominator(6)",
    "F(1).limit_denominator(0)", "F(1).limit_denominator(-5)",
    "F(5, 3).__reduce__()", "F(-3, 4).__reduce__()",
]:
    show(expr)

f = F(5, 7)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy([f, f])[0] is f)


class Sub(F):
    pass


s = Sub(3, 9)
print(repr(copy.copy(s)), repr(copy.deepcopy(s)), copy.copy(s) is s, s.__reduce__()[1])
