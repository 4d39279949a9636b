# str/bytes/bytearray replace, find, count, split around the fast search paths:
# identities, sizes, kinds, counts, edge cases and errors.
import sys

def show(label, r, src=None):
    same = "" if src is None else (" same" if r is src else " new")
    print(label, repr(r), type(r).__name__, sys.getsizeof(r) if isinstance(r, (str, bytes)) else "", same)

s = "abcabcabc"
show("r1", s.replace("b", "XY"), s)
show("r2", s.replace("zz", "XY"), s)
show("r3", s.replace("b", "b"), s)
show("r4", s.replace("bc", "bc"), s)
x = "b"
y = "".join(["b"])
show("r5", s.replace(x, "".join(["c", "d"])[:1]), s)
show("r6", s.replace("b", "Q", 0), s)
show("r7", s.replace("b", "Q", 2), s)
show("r8", s.replace("", "-"), s)
show("r9", s.replace("", "-", 3), s)
show("r10", s.replace("", ""), s)
show("r11", "".replace("", "x"))
show("r12", "".replace("a", "x"))
show("r13", s.replace("abc", ""), s)
show("r14", "abc".replace("bc", ""))
show("r15", "aaaa".replace("aa", "b"))
show("r16", "aaa".replace("a", "é"))
show("r17", "héllo wörld".replace("ö", "o"))
show("r18", "héllo".replace("é", "e"))
show("r19", "x😀y😀".replace("😀", "-"))
show("r20", "x😀y".replace("y", "z"))
show("r21", s.replace("c", "ccc", -1))
show("r22", "ababab".replace("aba", "X"))
show("r23", s.replace("abcabcabcabc", "Y"), s)
show("r24", "a" * 40 + "b".replace("b", "c"))
print(sys.getrefcount(s.replace("q", "r")) - sys.getrefcount(s))
b = b"abcabc"
show("b1", b.replace(b"b", b"XY"), b)
show("b2", b.replace(b"z", b"XY"), b)
show("b3", b.replace(b"b", b"b"), b)
show("b4", b.replace(b"", b"-"), b)
show("b5", b"".replace(b"", b"x"))
show("b6", b.replace(b"b", b"Q", 0), b)
show("b7", b"\xff\xfe\xff".replace(b"\xfe\xff", b"!"))
show("b8", b"\xff\xfe\xff\xfe".replace(b"\xfe", b""))
ba = bytearray(b"abcabc")
show("ba1", ba.replace(b"b", b"XY"), ba)
show("ba2", ba.replace(b"z", b"XY"), ba)
show("ba3", ba.replace(b"", b"."), ba)
for bad in [(1, "a"), ("a", 1), (None, "a")]:
    try:
        s.replace(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b.replace("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    s.replace("a")
except TypeError as e:
    print("TypeError", e)

# find / rfind / index / count / in
t = "the quick brown fox jumps over the lazy dog; the end"
for sub in ["the", "t", "dog", "cat", "", "end", "e", "the end", "x" * 60, "ö"]:
    print(sub, t.find(sub), t.rfind(sub), t.count(sub), sub in t,
          t.find(sub, 5), t.rfind(sub, 0, 40), t.count(sub, 10, -5))
u = "aéb😀aéb😀" * 3
for sub in ["a", "é", "😀", "b😀a", "éb", "", "z"]:
    print(sub, u.find(sub), u.rfind(sub), u.count(sub), u.find(sub, 3), u.rfind(sub, 2, 9), u.count(sub, 1, -1))
print("aaaaa".count("aa"), "aaaaa".find("aaa", 1), "aaaaa".rfind("aa"), "abababab".count("abab"))
print("abc".count("", 1), "abc".count("", 5), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""))
print(b"hello world".find(b"o"), b"hello world".rfind(b"o"), b"hello world".count(b"l"), b"\xff\x00\xff".find(b"\x00\xff"))
print(b"hello".find(108), b"hello".count(108), bytearray(b"hello").rfind(b"l"))
big = "ab" * 5000 + "needle" + "ab" * 5000
print(big.find("needle"), big.rfind("needle"), big.count("ab"), big.count("needle"), big.find("needlf"))
bigb = b"\xfe" * 3000 + b"xy\xff" + b"\xfe" * 3000
print(bigb.find(b"xy\xff"), bigb.rfind(b"\xfe\xfe"), bigb.count(b"\xfe\xfe"))
try:
    t.index("zebra")
except ValueError as e:
    print("ValueError", e)
try:
    b"abc".rindex(b"z")
except ValueError as e:
    print("ValueError", e)
try:
    t.find(1)
except TypeError as e:
    print("TypeError", e)

# split / rsplit with a separator
for sep in [",", ", ", "ab", "xyz", "é"]:
    v = "a,b, c,,d, éab, x"
    print(sep, v.split(sep), v.rsplit(sep), v.split(sep, 1), v.rsplit(sep, 1))
w = "one"
print(w.split(",")[0] is w, w.rsplit("zz")[0] is w, w.split("oneone")[0] is w)
print("a,b".split(",")[0] is "a,b".split(",")[0])
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 2), bytearray(b"x y").split(b" "))
print(sys.getsizeof("a,b,c,d".split(",")), sys.getsizeof("a b".split(" ", 20)), sys.getsizeof("abc".split("abcd")))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
