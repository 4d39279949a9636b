import re
data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print(f"list is long ({n} items)")
print([y for x in data if (y := x * 2) > 10])
text = "key=value; other=thing"
if m := re.search(r"(\w+)=(\w+)", text):
    print(m.groups())
chunks = iter(["a", "b", ""])
while (c := next(chunks)):
    print("chunk", c)
name, val, pi = "width", 42, 3.14159265
print(f"{name!r:>10} = {val:05d} | {pi:.3f} | {pi:10.2e} | {val:#x} | {val:b} | {val:o}")
print(f"{'left':<8}|{'mid':^8}|{'right':>8}|{'fill':*^10}")
print(f"{1234567.891:,.2f} {0.256:.1%} {-42:+d} {42:+d} {3:_>4}")
print(f"{val=}, {pi = :.2f}, {name.upper()=}")
print(f"{{literal}} {val!s} {[1, 2]!r} {'nested ' + f'{val}'}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|")
from datetime import date
print(f"{date(2024, 1, 5):%Y-%m-%d}")
print(f"{'x' if val > 10 else 'y'}", f"{val:,}", f"{1e-7:g}", f"{123456789:e}", f"{0.1:.20f}")
print(f"{True:d} {None!r} {3.0:g} {100.0:g} {1e20:g} {12345678901234567890:,}")
print(format(3.5, ".0f"), format(2.5, ".0f"), format(1234.5, "n"), format(0.000012345, ".3g"))
print("{0:>{1}}".format("r", 5), "{:=+8.2f}".format(-3.5), "{:c}".format(65), "{!a}".format("é"))
print(f"{float('nan')} {float('inf'):>6} {-0.0} {1/3:.15g}")
print(f"{'multi':>{width}}", f"{b'bytes'}", f"{3+4j}", f"{(1, 2)}")
print(f"{12:#010b}", f"{255:X}", f"{-255:#x}", f"{65:c}", f"{1.5:%}")
