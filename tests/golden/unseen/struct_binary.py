import struct

packed = struct.pack("<IhB", 1, -2, 3)
print(packed, len(packed), struct.calcsize("<IhB"), struct.calcsize("IhB"))
print(struct.unpack("<IhB", packed))
print(struct.pack(">I", 0xDEADBEEF).hex(), struct.pack("<d", 1.5))
print(struct.unpack(">f", b"\x3f\x80\x00\x00"))
print(struct.pack("5s", b"hi"), struct.pack("3s", b"hello"), struct.pack("?x?", True, False))
rec = struct.Struct("<10sHf")
data = rec.pack(b"alice", 30, 1.75)
print(rec.size, data)
name, age, h = rec.unpack(data)
print(name.rstrip(b"\0").decode(), age, round(h, 2))
buf = bytearray(16)
struct.pack_into("<HH", buf, 4, 0xAAAA, 0x0102)
print(buf)
print(struct.unpack_from("<H", buf, 6))
recs = b"".join(struct.pack("<hh", i, i * i) for i in range(4))
print(list(struct.iter_unpack("<hh", recs)))
try:
    struct.pack("<B", 256)
except struct.error as e:
    print("error:", e)
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("error:", e)
print(struct.pack("<q", -1), struct.unpack("<Q", b"\xff" * 8))
print(struct.pack("!HH", 1, 2), struct.pack("=i", 7), struct.pack("@i", 7))
print(struct.pack("<e", 0.5), struct.unpack("<e", b"\x00\x3c"))
print(int.from_bytes(b"\x01\x02", "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(struct.pack("c", b"z"), struct.unpack("cc", b"ab"))
