# format() of complex numbers with a spec: both parts as floats, padding around the whole.
values = [1.5 + 2.5j, 1j, -1j, complex(1e20, 1e-5), 2 + 0j, complex(-0.0, 0.0),
          complex(0.0, -0.0), complex(float("nan"), float("inf")), complex(-1234.5678, 9876.54321)]
specs = ["", ".2f", "^20", "e", "E", "g", "G", "F", "+", " ", "-", "10", "<15.3", ">+12.3g",
         "*^24.1e", ",", "_.2f", ",.3f", "#", "#.0f", "#g", "n", ".3n", ".0e", "z.1f", "z",
         "=10", "010", "0<10", "%", "c", "d", "s", "x", ",n", "_g", ".2", "30"]
for spec in specs:
    row = []
    for v in values:
        try:
            row.append(repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(spec), " | ".join(row))

z = 3.25 - 4.5j
print(f"{z:.1f}", f"{z:>20.3e}", f"{z!r:>20}", "{:^16g}".format(z), "{0.real:.2f}/{0.imag:.2f}".format(z))


class C(complex):
    pass


print(format(C(1, 2), ".1f"), f"{C(1, 2):>12}", format(C(0, 1), ""))
print("%s %r" % (z, z), str(z), repr(-0j))
