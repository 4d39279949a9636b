# Operations CPython answers with an object it already has: whole slices, repeats by one,
# concatenation with an empty operand, constructors of exact immutable types, the empty
# bytes and the one-character strings below U+0100.
import sys

t = tuple([1, 2, 3])
print(t[:] is t, t[0:3] is t, t[::1] is t, t[0:] is t, t[-10:10] is t, t[0:2] is t, t[::-1] is t)
s = "".join(["ab", "cd"])
print(s[:] is s, s[0:4] is s, s[::1] is s, s[0:3] is s)
b = bytes([1, 2, 3])
print(b[:] is b, b[0:3] is b, bytes(b) is b, b[::1] is b)
fs = frozenset([1, 2])
print(frozenset(fs) is fs, frozenset(frozenset()) is frozenset())
empty_t, empty_s, empty_b = (), "", b""
tt = (1, 2)
print(tt * 1 is tt, tt + empty_t is tt, empty_t + tt is tt, 1 * tt is tt)
ss = "q" + str(5)
print(ss * 1 is ss, ss + empty_s is ss, empty_s + ss is ss)
bb = bytes(3)
print(bb * 1 is bb, bb + empty_b is bb, empty_b + bb is bb)
e = empty_b
print(bytes() is e, b[:0] is e, b[3:] is e, bytes(0) is e, e.join([]) is e, bytes([]) is e)
print(sys.getrefcount(t))
u = t[:]
print(sys.getrefcount(t))
del u
print(sys.getrefcount(t))


class T(tuple):
    pass


class S(str):
    pass


class B(bytes):
    pass


class F(frozenset):
    pass


x = T((1, 2))
y = S("hey")
z = B(b"ab")
f = F([1])
print(x[:] is x, type(x[:]).__name__, x * 1 is x, type(x * 1).__name__)
print(y[:] is y, type(y[:]).__name__, y * 1 is y, type(y + empty_s).__name__)
print(z[:] is z, type(z[:]).__name__, bytes(z) is z, type(bytes(z)).__name__)
print(frozenset(f) is f, type(frozenset(f)).__name__)
c = "abc"
bang = "!"
print(c[1] is c[1], c[1:2] is c[1:2], chr(98) is c[1], str(98)[0] is str(98)[0])
print(list(c)[1] is c[1], "x y".split()[0] is "x y".split()[0], f"{c[1]}" is c[1])
w = "a b!"
print(w[3] is bang, chr(33) is bang, [ch for ch in w][3] is bang, chr(0x100) is chr(0x100))
print(len({id(ch) for ch in "aaaa"}), len({id(ch) for ch in "\u0101\u0101"}) <= 2)
