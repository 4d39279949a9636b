# strip/lstrip/rstrip, split()/rsplit() on whitespace, splitlines and upper/lower on str,
# bytes and bytearray: ASCII and wider text, empty and all-stripped inputs, which calls
# give back the receiver itself, and a long text.
samples = ["", " ", "  a  ", "abc", "\t\n x y \r\n", "é ü ", "\u2003wide\u2003", "xxaxx",
           "a\u0085b", "\x1c\x1dq\x1e\x1f"]
for s in samples:
    print(repr(s), [s.strip(), s.lstrip(), s.rstrip(), s.strip("x"), s.strip("xa"),
                    s.rstrip(" \n"), s.lstrip("é ")])
    print(" ", s.strip() is s, s.lstrip() is s, s.rstrip() is s, s.strip("q") is s)
    print(" ", s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0),
          s.rsplit(maxsplit=0))
    print(" ", s.upper(), s.lower(), s.upper() == s, s.isspace(), s.isalpha(), s.isascii())

for b in (b"", b"  a b  ", b"\xe9 x\xff ", b"\t\x0b\x0c\r\n", b"xyxAbx"):
    for t in (b, bytearray(b)):
        print(repr(t), t.strip(), t.lstrip(b"x "), t.rstrip(), t.split(), t.rsplit(None, 1),
              t.upper(), t.lower(), t.isspace(), t.strip() is t)

lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\r\r\n\n"
print(lines.splitlines(), lines.splitlines(True), len(lines.splitlines(keepends=True)))
print("".splitlines(), "\n".splitlines(), "x".splitlines(True), "\r".splitlines(True))
print(b"a\nb\r\nc\rd\x0be\x0cf\x1cg\r".splitlines(), b"x\r\n".splitlines(True),
      bytearray(b"p\nq").splitlines())
for bad in (1, "a"):
    try:
        " x ".strip(bad) if bad == 1 else b" x ".strip(bad)
    except TypeError as e:
        print(type(e).__name__, e)

big = "\n".join("line %d  " % i for i in range(20000))
parts = big.splitlines()
print(len(parts), parts[-1], len(big.split()), big.strip()[-6:], big.upper()[:8])
print(len(big.rsplit(None, 3)), big.rsplit(None, 3)[1:], big.split(None, 2)[:2])
