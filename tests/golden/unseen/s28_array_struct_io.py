# Binary data: array, struct, io.BytesIO and memoryview
import array
import struct
import io
import sys

a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a.itemsize, a.typecode, len(a), a.buffer_info()[1], a.tobytes()[:8])
print(a[1:3], a[::-1], a.index(3), a.count(1), sum(a))
a.reverse()
print(a.tolist(), a.pop(), a.pop(0), a)
b = array.array("d", (0.5 * i for i in range(4)))
print(b, b * 2, b + array.array("d", [9.0]))
try:
    a.append(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
u = array.array("u", "hello")
print(u, u.tounicode(), array.typecodes)
print(sys.getsizeof(array.array("i")), sys.getsizeof(a))
packed = struct.pack("<IhBx3s?f", 1, -2, 3, b"abc", True, 1.5)
print(packed, len(packed), struct.calcsize("<IhBx3s?f"), struct.calcsize("IhB"))
print(struct.unpack("<IhBx3s?f", packed))
print(struct.pack(">H", 258), struct.pack("<H", 258), struct.pack("!q", -1))
rec = struct.Struct("<2sI")
print(rec.size, rec.format, rec.pack(b"ok", 7), rec.unpack(b"ok\x07\x00\x00\x00"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
try:
    struct.pack("<B", 256)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("struct.error:", e)
buf = io.BytesIO()
buf.write(b"header")
buf.write(struct.pack("<I", 42))
print(buf.tell(), buf.getvalue())
buf.seek(0)
print(buf.read(6), struct.unpack("<I", buf.read(4)), buf.read(), buf.seekable())
mv = memoryview(bytearray(b"abcdef"))
print(mv[1:3].tobytes(), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.shape)
mv[0] = ord("Z")
print(mv.obj, bytes(mv[::2]), mv.tolist()[:3])
ints = memoryview(array.array("i", [1, 2, 3]))
print(ints.format, ints.itemsize, ints.tolist(), ints.cast("B").tolist()[:8])
with memoryview(b"xyz") as m2:
    print(m2[0], m2[-1:].tobytes())
try:
    m2[0]
except ValueError as e:
    print("ValueError:", e)
ba = bytearray(b"data")
view = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError:", e)
view.release()
ba.append(33)
print(ba)
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.readlines(), s.read(), repr(s.getvalue()[:5]))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(":"), bytearray(3), b"abc".center(7, b"-"))
