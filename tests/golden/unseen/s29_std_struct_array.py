# Binary records with struct and array
import struct
from array import array

header = struct.pack("<4sHHI", b"BMP!", 2, 640, 123456)
print(header, len(header), struct.calcsize("<4sHHI"), struct.calcsize("4sHHI"))
magic, version, width, size = struct.unpack("<4sHHI", header)
print(magic, version, width, size)
print(struct.pack(">i", -2), struct.pack("<q", 1 << 40), struct.pack("!h", 258))
print(struct.pack("?xb", True, -1), struct.pack("3s", b"abcdef"), struct.pack("<f", 1.5), struct.pack(">d", -0.1))
print(struct.unpack("<e", struct.pack("<e", 0.333)), struct.unpack(">f", b"\x3f\x80\x00\x00"))
rec = struct.Struct("<ih")
data = b"".join(rec.pack(i, -i) for i in range(3))
print(list(rec.iter_unpack(data)), rec.size, rec.format)
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 0xBEEF, 7)
print(buf, struct.unpack_from("<HI", buf, 1))
print(struct.pack("5p", b"hi"), struct.pack("@c", b"z"), struct.calcsize("@ci"), struct.calcsize("=ci"))
for fmt, val in [("b", 200), ("H", -1), ("c", b"ab")]:
    try:
        struct.pack(fmt, val)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error:", e)

a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a.typecode, a.itemsize, len(a), a[2], a[-2:], a.index(3), a.count(9))
a.insert(0, 0)
a.remove(3)
print(a.pop(), a, a.tolist())
a.reverse()
print(a, sum(a), max(a))
d = array("d", [1.0, 2.5])
print(d, d.tobytes(), array("d", d.tobytes()) == d)
b = array("b")
b.frombytes(b"\x01\xff\x7f")
print(b, array("B", b"\x01\xff"), array("u", "hey"), array("u", "hey").tounicode())
h = array("h", [1, 256])
h.byteswap()
print(h, array("H", [1, 2]) + array("H", [3]), array("l", [7]) * 3)
print(array("q", range(3)).buffer_info()[1], array("f", [0.1])[0])
try:
    array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array("z")
except ValueError as e:
    print("ValueError:", e)
try:
    array("i", [1.5])
except TypeError as e:
    print("TypeError:", e)
print(array("I", [1, 2]) == array("i", [1, 2]), array("i", [3, 1, 2]) < array("i", [3, 2]))
