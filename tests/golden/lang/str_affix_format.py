# startswith/endswith (windows, tuples, errors) and number formatting through
# format(), f-strings, str.format and %: exact digits, kinds, sizes and identities.
import sys

s = "hello world"
u = "héllo wörld😀"
for t in [s, u]:
    print(t.startswith("he"), t.startswith("hé"), t.endswith("ld"), t.endswith("😀"),
          t.startswith(("x", "h")), t.endswith(()), t.startswith("", 3), t.startswith("", 99),
          t.startswith("l", 2), t.startswith("lo", 3, 5), t.endswith("wö", 0, 8),
          t.endswith("o", -8, -6), t.startswith("hello world😀hello"))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")), bytearray(b"abc").startswith(b"abc", 0, 2),
      b"abc".endswith(bytearray(b"c")), b"abc".startswith(memoryview(b"a")))
for f in [lambda: "a".startswith((1, "a")), lambda: "a".startswith(("a", 1)),
          lambda: "a".startswith(5, 99), lambda: "a".endswith(None),
          lambda: b"a".startswith((1,)), lambda: b"a".startswith(1),
          lambda: b"a".endswith(b"a", "x"), lambda: "a".endswith(1, "x"),
          lambda: b"a".startswith((None,), 9), lambda: "abc".startswith((), 1),
          lambda: "abc".startswith(), lambda: "abc".endswith("a", 1, 2, 3)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-7, 123456.789, 3.5 * 1234, -2.675,
        1e16, 1.5e17, 2.0 ** 60, 1e22, 1e300, 5e-324, 2.2250738585072014e-308, 0.1, 0.3,
        float("inf"), float("-inf"), float("nan"), 999.995, 0.045, 1.0000000000000002]
for v in vals:
    print("%.2f %.0f %.3f %.17f %f %.20f" % (v, v, v, v, v, v), f"{v:.2f}|{v:10.3f}|{v:<12,.1f}|{v:+.0f}|{v:.2%}",
          "{:.5f}".format(v), format(v, ".1f"), round(v, 2) if v == v and abs(v) != float("inf") else "")
print(round(2.675, 2), round(0.5, 0), round(1.5), round(-0.5, 1), round(1234.5678, -2), round(1e300, 3), round(5e-324, 17))
for n in [0, 7, -7, 255, 10**6, -12345, 2**63, -2**70]:
    print(f"{n:05d}|{n:>8}|{n:<6}|{n:^9}|{n:x}|{n:#o}|{n:,}|{n:_b}|{n:+d}",
          "%d %5d %-5d| %05d %x %X %#x %o %+d % d %.3d %i %u" % ((n,) * 13),
          "{}:{:>6}:{!r}".format(n, n, n), str(n), repr(n), format(n, ""), format(n, "d"))
for w in ["", "a", "é", "ab", "héllo", "x😀"]:
    r1, r2, r3 = f"{w}", f"{w:>4}", "%s|%-4s|%4s|%.1s|%r" % (w, w, w, w, w)
    print(repr(r1), repr(r2), repr(r3), sys.getsizeof(r2), sys.getsizeof(r3), r1 is w,
          "{}".format(w) is w, "%s" % w is w, format(w) is w, format(w, "s") is w, format(w, "<0") is w)
x = ""
five, e_acute, a = 5, "é", "a"
def shared(r):
    return "shared" if r is chr(ord(r)) else "own"
print(f"{x}{x}" is x, f"{x}é" == "é")
print(sys.getsizeof(f"{x}é"), sys.getsizeof(f"{x}a"), sys.getsizeof(f"{x}😀{x}"), sys.getsizeof(f"{x}Ā"))
print(shared(str(five)), shared(f"{five}"), shared("%d" % five), shared(format(five, "d")), shared(repr(five)),
      shared("%s" % five), shared("{}".format(five)), shared("{:d}".format(five)), shared(f"{five:d}"))
print(shared("{}{}".format(a, x)), shared("%.1s" % "ab"), shared("%c" % 97))
for bad in [lambda: "%d" % "x", lambda: "%.2f" % "x", lambda: f"{1.5:d}", lambda: f"{'s':d}",
            lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1, lambda: format(1.5, "=^,x"),
            lambda: "{:.2f}".format("s"), lambda: "%(a)s" % 5, lambda: "%c" % 1114112]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
