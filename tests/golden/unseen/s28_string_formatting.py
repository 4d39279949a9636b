# String formatting cookbook
import string
from decimal import Decimal

name, age, score = "Ada", 36, 97.4567
print("%s is %d years old, score %.2f" % (name, age, score))
print("%(n)s/%(a)03d" % {"n": name, "a": 7})
print("%5s|%-5s|%05.1f|%x|%X|%o|%e|%g|%%" % ("ab", "cd", 3.14159, 255, 255, 8, 12345.678, 0.00001234))
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{:*^15}".format(" hi "), "{:08.3f}".format(-3.14159), "{:+d} {: d}".format(5, 5))
print("{:,}".format(1234567890), "{:_}".format(1234567), "{:,.2f}".format(1234567.891))
print("{:b} {:o} {:x} {:#x} {:#o} {:#b}".format(10, 10, 255, 255, 8, 5))
print("{:.1%} {:.3e} {:g} {:g}".format(0.4567, 123456.789, 1e-7, 1234567.0))
print(f"{name!r:>8} {age:>4d} {score:.1f} {score=:.2f}")
width, prec = 12, 3
print(f"[{score:{width}.{prec}f}]", f"{'nested':{'^'}{width}}")
print(f"{3+4=}", f"{name.upper()=}", f"{[1, 2][-1]}")
print(format(255, "08b"), format(3.5, "<8"), format("x", "^5"), format(12, "c"))
print("{0[0]}{0[1]} {1.real}".format("ab", 3 + 4j))
print("{:%}".format(0.25), "{:n}".format(1234), "{:.0f}".format(2.5), "{:.0f}".format(3.5))
print(round(2.675, 2), round(0.125, 2), round(-0.5), round(1.5), f"{1e16:.2f}", f"{1/3:.17g}")
print(repr(0.1 + 0.2), str(1e22), str(1e-5), repr(123456789012345678.0), 1e16, 1.0e15)
print(f"{Decimal('1.2345'):.2f}", Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7))
t = string.Template("$who likes ${what}s")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError", e)
print(string.ascii_letters, string.digits, string.punctuation)
print(string.capwords("hello   wORLD again"))
fmt = string.Formatter()
print(fmt.format("{0}-{1:>3}", "a", 7), list(fmt.parse("a{0}b{x:>3}c")))
print("ß".upper(), "ǅ".lower(), "ǆ".title(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("hello world".title(), "they're bill's".title(), "ΣΑΣ".lower(), "abc".center(9, "*"))
print("tab\tsep".expandtabs(4), "a,b,,c".split(","), "  x  ".strip(), "x".zfill(4), "-3".zfill(4))
print("%c%c" % (72, "i"), "%r" % "q", "%a" % "é", "%10.4s|" % "abcdefg", "%-+6d|" % 42)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "{0} {1}".format(1)
except IndexError as e:
    print("IndexError:", e)
