# str.format field parsing around literal runs and braces, nested specs, errors; ASCII
# and non-ASCII case mapping (capitalize, title, swapcase) for str and bytes.
import sys

cases = ["{}:{:>6}", "{{}}{}{{", "a{0}b{0}c", "{0[1]}{1.real}", "x{:{}}y", "{:{}.{}f}",
         "héllo {} wörld {}", "{!r:>8}|{!s:^5}|{!a}", "}}{{", "", "plain text", "{:>{}}",
         "{k}-{k!r}", "é{}😀{}", "{0:{1}}{1}"]
for c in cases:
    try:
        print(repr(c), repr(c.format("ab", 7, 3, k="v")))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(c), type(e).__name__, e)
for bad in ["{", "}", "a{", "a}b", "{0!x}", "{0!}", "{:d", "{0[}", "{a.}", "{}{0}", "{0}{}", "{:{:{}}}"]:
    try:
        print(repr(bad), repr(bad.format(1, 2, 3)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
print("{x}/{y}".format_map({"x": 1, "y": "é"}))
w = "word"
print("{}".format(w) is w, "{:}".format(w) is w, "{}{}".format(w, "") is w, sys.getsizeof("{}é".format(w)))

for t in ["hello world", "HELLO wORLD", "o'neil mc-donald 3rd", "", "a", "ABC", "x1y2 z_w",
          "ǅungla", "straße", "ΣΑΣ ΑΣ", "héllo wörld", "\x1f\x1cab", "mIxEd CaSe 123"]:
    print(repr(t.capitalize()), repr(t.title()), repr(t.swapcase()), repr(t.upper()), repr(t.lower()),
          sys.getsizeof(t.title()), t.title() is t, t.swapcase().swapcase() == t)
for b in [b"hello world", b"HeLLo\xffwORLD", b"", b"o'neil 3rd", b"\xe9t\xe9 abc"]:
    print(b.capitalize(), b.title(), b.swapcase(), bytearray(b).title(), type(bytearray(b).swapcase()).__name__)
print("  a b\tc\x1cd\x1fe\x0bf  ".split(), " x ".split(None, 0), "a  b  c ".split(None, 1), b" a\x1cb ".split())
print("a\u3000b\xa0c d".split(), "  ".split(), "".split(), "abc".split()[0] is "abc")
