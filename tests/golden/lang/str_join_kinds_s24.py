# str.join over lists, tuples, other iterables: one exact str item is the result itself,
# one str-subclass item a copy, one character a new object (not the shared one), empty
# the shared empty string, non-ASCII lengths, and the errors (item index and type).
class S(str):
    pass


a = "abc"
print("".join([a]) is a, "-".join((a,)) is a, "".join(iter([a])) is a)
s = S("xyz")
j = "".join([s])
print(type(j).__name__, j == s, j is s)
E, Q = "", "q"
c = E.join([E, Q])
print(c, c is Q, len(c))
print(E.join([]) is E, E.join([E, E]) is E, repr("-".join([])))
parts = ["日本", "é", "😀", "abc", ""]
for sep in ("", ", ", "→", "😀😀"):
    r = sep.join(parts)
    print(repr(r), len(r), r[3:6], r.find("abc"), r[::-1][:4])
print("|".join(x for x in ("a", "b")), ",".join({"k": 1, "j": 2}), " ".join(map(str, range(5))))
for bad in (["a", 1], ("a", b"b"), ["a", None, "c"], [S("a"), 2.5]):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
print(b"".join([b"ab", bytearray(b"cd"), memoryview(b"ef")]), b"-".join([b"x"]), bytearray(b",").join([b"1", b"2"]))
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
big = ["<td>%d</td>" % i for i in range(1000)]
out = "".join(big)
print(len(out), out[:20], out[-12:], out.count("<td>"))
