# Methods and formatting that hand back the very same str (or bytes) object when nothing
# changes, as CPython's stringlib and unicode writer do, versus those that build a copy.
import sys

class S(str):
    pass

s = "abc"
b = b"abc"
t = S("abc")
print("split:", s.split()[0] is s, s.split(None, 0)[0] is s, s.split("x")[0] is s,
      s.split("xyzw")[0] is s, s.split("x", 0)[0] is s, s.split("b")[0] is s)
print("rsplit:", s.rsplit()[0] is s, s.rsplit(None, 0)[0] is s, s.rsplit("x")[0] is s,
      s.rsplit("xyzw")[0] is s)
print("subclass split:", type(t.split("xyzw")[0]).__name__, type(t.split("x")[0]).__name__,
      type(t.split()[0]).__name__, t.split("xyzw")[0] is t)
print("bytes split:", b.split()[0] is b, b.split(b"x")[0] is b, b.split(b"xyzw")[0] is b,
      b.rsplit()[0] is b, b.rsplit(b"x")[0] is b)
ba = bytearray(b"abc")
print("bytearray split copies:", ba.split()[0] is ba, type(ba.split()[0]).__name__)
two = "a b"
print("maxsplit 0:", two.split(" ", 0)[0] is two, two.split(None, 0)[0] is two,
      two.rsplit(None, 0)[0] is two, two.rsplit(" ", 0)[0] is two)
lead = " abc"
print("leading space:", lead.split()[0] is lead, lead.split()[0] == "abc")
nl = "abc\n"
print("splitlines:", s.splitlines()[0] is s, nl.splitlines(True)[0] is nl,
      nl.splitlines()[0] is nl, b.splitlines()[0] is b, "a\nb".splitlines()[1] == "b")
tab = "a\tb"
print("expandtabs:", s.expandtabs() is s, tab.expandtabs() is tab, b.expandtabs() is b,
      type(t.expandtabs()).__name__)
print("format():", format(s) is s, format(s, "") is s, format(s, "s") is s,
      format(s, "<3") is s, format(s, ".10") is s, format(s, ">4") is s, format(s, ".2") is s)
print("format subclass:", format(t) is t, type(format(t)).__name__)
print("__format__:", s.__format__("") is s, s.__format__("s") is s, str.__format__(s, "") is s)
print("str.format one field:", "{}".format(s) is s, "{:}".format(s) is s, "{0}".format(s) is s,
      "{x}".format(x=s) is s, "{!s}".format(s) is s, "{:s}".format(s) is s)
print("str.format more:", "{0}{1}".format(s, "") is s, "x{}".format(s) is s,
      "{}x".format(s) is s, "{:>9}".format(s) is s, "{!r}".format(s) is s)
print("f-string:", f"{s}" is s, f"{s:s}" is s, f"{s:>9}" is s)
print("percent:", "%s" % s is s, "%s" % (s,) is s, "%s%s" % (s, "") is s, "%r" % s is s,
      "%5s" % s is s)
print("percent subclass:", "%s" % t is t, type("%s" % t).__name__)
seven = "7"
print("one digit:", str(7) is seven, repr(7) is seven, f"{7}" is seven, format(7) is seven,
      "%d" % 7 is seven, "{}".format(7) is seven, "%s" % 7 is seven)

class F:
    def __format__(self, spec):
        return "Z"

zed = "Z"
print("user __format__:", "{}".format(F()) is zed, format(F()) is zed)

class I(int):
    pass

three = chr(51)
print("int subclass:", "{}".format(I(3)) is three, str(I(3)) is three)
word = "".join(["wo", "rd"])
before = sys.getrefcount(word)
parts = [word.split(), word.splitlines(), "{}".format(word), "%s" % word, format(word)]
print("references added by the results:", sys.getrefcount(word) - before)
del parts
print("and released:", sys.getrefcount(word) - before)
