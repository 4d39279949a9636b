# The dispatch loop's inline number paths (power, int true division, negation, the truth
# of a conditional jump) against the general ones: edge values, subclasses that override,
# errors, and which freed number the next result reuses.
import sys


def show(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, e)
    else:
        print(label, type(r).__name__, repr(r))


two, half, big, tiny = 2.0, 0.5, 1e300, 1e-300
show("pow", lambda: two ** -1.5)
show("pow int exp", lambda: two ** 10)
show("pow int base", lambda: 10 ** half)
show("pow overflow", lambda: big ** 2.0)
show("pow underflow", lambda: tiny ** 2.0)
show("pow subnormal", lambda: 1.5 ** -1800)
show("pow exact subnormal", lambda: two ** -1074)
show("pow neg base", lambda: (-two) ** 0.5)
show("pow neg base int", lambda: (-two) ** 3.0)
show("pow zero", lambda: 0.0 ** -1.0)
show("pow one", lambda: 1.0 ** float("inf"))
show("pow inf", lambda: float("inf") ** half)
show("pow nan", lambda: float("nan") ** 0.0)
show("pow big int exp", lambda: two ** (2 ** 60))
show("ints pow neg", lambda: 2 ** -2)
show("truediv", lambda: 7 / 2)
show("truediv neg", lambda: -7 / 2)
show("truediv zero", lambda: 7 / 0)
show("truediv exact edge", lambda: (2 ** 53) / 3)
show("truediv inexact", lambda: (2 ** 53 + 1) / 3)
show("truediv big", lambda: (2 ** 70) / (2 ** 68))
show("neg float", lambda: -half)
show("neg zero", lambda: -0.0)
show("neg int", lambda: -(10 ** 6))
show("neg min", lambda: -(-(2 ** 63)))
show("neg bool", lambda: -True)
show("mixed lt", lambda: (2 ** 53 + 1) < float(2 ** 53 + 1))
show("mixed eq", lambda: 2 ** 53 == float(2 ** 53))
show("nan ge", lambda: float("nan") >= 0)


class I(int):
    def __neg__(self):
        return "I.neg"

    def __truediv__(self, other):
        return "I.truediv"

    def __lt__(self, other):
        return "I.lt"


class F(float):
    def __bool__(self):
        print("F.bool")
        return False

    def __pow__(self, other):
        return "F.pow"


show("sub neg", lambda: -I(3))
show("sub truediv", lambda: I(3) / 2)
show("sub lt", lambda: I(3) < 2)
show("sub pow", lambda: F(2.0) ** 2.0)
show("sub rpow", lambda: 2.0 ** F(2.0))
show("sub neg float", lambda: type(-F(2.0)).__name__)

# The truth of conditional jumps: bools, None, exact numbers, a subclass's __bool__.
for v in (0, 7, 0.0, -0.0, float("nan"), None, True, False, F(1.0), "", "x", [], 10 ** 30):
    if v:
        print("true", repr(v))
    else:
        print("false", repr(v))
    print("and", repr(v and "yes"), "or", repr(v or "no"))
print([x for x in (0.0, 1.5, 0, 3, None) if x])
n = 3.5
while n:
    n = n - 1.75
print("while", n)


# Which freed block the next number takes: the result is made before the operands go.
def reuse():
    out = []
    for _ in range(20):
        p = 1.5e10
        q = 2.5e-9
        p += 0.0
        q += 0.0
        ip, iq = id(p), id(q)
        L = [q, p]
        del p, q
        r = L.pop() ** L.pop()
        s = -(1e10) - 12345.5 - float("0")
        out.append("left" if id(s) == ip else "right" if id(s) == iq else "?")
        a = 10 ** 12 + 7
        a += 0
        ia = id(a)
        L = [a]
        del a
        r = -L.pop()
        t = 10 ** 12 + 8 + int("0")
        out.append("neg" if id(t) == ia else "?")
    return out[-4:]


print(reuse())
print(sys.getrefcount(1.5 * two) == sys.getrefcount(3.25 * two))
