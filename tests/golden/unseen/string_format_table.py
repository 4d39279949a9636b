rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 999.999), ("Gizmo", 0, 0.1)]
header = f"{'Name':<12}{'Qty':>5}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<12}{qty:>5}{price:>10.2f}{qty * price:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<12}{sum(r[1] for r in rows):>5}{'':>10}{sum(r[1] * r[2] for r in rows):>12,.2f}")
print("{:<10}|{:^10}|{:>10}".format("left", "center", "right"))
print("{0}{1}{0}".format("ab", "cd"), "{name}-{0}".format(1, name="n"), "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
print("%(name)s is %(age)d" % {"name": "Al", "age": 3}, "%5.1f|%-6d|%+d|%05d" % (3.14159, 42, 5, -42))
print("%c%c" % (72, "i"), "%r %s %a" % ("x", "y", "é"), "%%", "%.3s" % "abcdef", "%*d" % (5, 3))
print(format(1234567.891, ",.1f"), format(0.5, ".0%"), format(255, "#06x"), format(-1, "08b"), format(3, "^7"))
print(format(1e-7), format(1e16), format(123.456, "e"), format(123.456, ".2g"), format(0.0001234, "g"), format(1234567.0, "g"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.005, ".2f"))
print(f"{3.0}", f"{1e22}", f"{1.5e-5}", f"{123456789012345678.0}", f"{0.1 + 0.2}", f"{1/7}")
print(f"{'abc':.2}", f"{'x':3}|", f"{5:3}|", f"{-5:<4}|", f"{5:=4}|", f"{-5:=4}|", f"{-5:0=4}|")
print(f"{1234.5:_.2f}", f"{12345:_x}", f"{True}", f"{True:>5}", f"{None!s:>6}", f"{[1, 2]!s:>8}")
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))
print(str.format_map("{a} {b}", {"a": 1, "b": 2}), "{!r:>6}".format("q"))
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}°F"
        return f"{self.c:.1f}°C"
t = Temp(21.5)
print(f"{t}", f"{t:F}", format(t), "{:F}".format(t))
for n in [0, 1, 12, 123, 1234, 12345678]:
    print(f"|{n:>10,}|{n:<10}|{n:^10}|{n:010}|")
try:
    f"{1:abc}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
print(f"{'a' 'b'}", f"{1}{2}", f"""{"tri"}""", f"{'{'}", rf"\n{1}", f"{chr(10)!r}")
