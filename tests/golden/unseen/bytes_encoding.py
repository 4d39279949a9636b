s = "Héllo, wörld! \u20ac \U0001F600"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s, s.encode("latin-1", errors="replace"), s.encode("ascii", errors="ignore"))
print(s.encode("ascii", errors="xmlcharrefreplace"), s.encode("ascii", errors="backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", errors="replace"), b"abc\xff".decode("latin-1"), "abc".encode("utf-16"))
print("ü".encode("utf-16-le"), "x".encode("utf-32-be"), b"hi".decode("ascii"))
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.extend(b" there")
ba += b"!"
print(ba, ba.decode(), bytes(ba[:5]), ba.find(b"there"), ba.upper())
print(bytes(3), bytes([65, 66]), bytes("x", "utf-8"), b"a" * 3, b"abc"[1], b"abc"[1:], list(b"AB"))
print(b"a,b,c".split(b","), b"  x ".strip(), b"%d-%s" % (5, b"x"), b"abc".replace(b"b", b"B"))
print(b"hello".startswith(b"he"), b"Hello".lower(), b"12".isdigit(), b"\x00\x01".hex(), bytes.fromhex("4142"))
mv = memoryview(b"abcdef")
print(mv[1], mv[1:3].tobytes(), len(mv), mv.nbytes, bytes(mv[::2]))
print(ord("€"), chr(8364), chr(0x1F600) == "\U0001F600", ascii("é€"), repr("tab\t'quote'"), repr('d"q'))
print(repr(b"\x00\n'"), repr(b'"'), str(b"x"), "é".isascii(), len("\U0001F600".encode("utf-16-le")))
import unicodedata
print(unicodedata.name("é"), unicodedata.normalize("NFD", "é") == "e\u0301", unicodedata.category("A"))
print("ﬁ".upper(), "İ".lower(), len("İ".lower()), "Ǆ".title(), "ß".upper().lower())
print(b"abc" == bytearray(b"abc"), b"ab" < b"b", hash(b"x") == hash(bytes(b"x")), b"abc".center(7, b"*"))
print("{:>8}".format("ünï"), "αβγ"[1], "日本語".encode(), "😀".encode("utf-8"), "\N{BULLET}")
