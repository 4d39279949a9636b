import struct
HEADER = struct.Struct('<4sHHI')
records = [(1, b'alpha', 3.5), (2, b'beta', -1.25), (300, b'gamma-long-name', 1e10)]
REC = struct.Struct('<I8sd')
blob = HEADER.pack(b'DATA', 1, len(records), REC.size * len(records))
for r in records:
    blob += REC.pack(*r)
print(len(blob), blob[:12].hex(' '), HEADER.size, REC.size)
magic, ver, n, size = HEADER.unpack_from(blob)
print(magic, ver, n, size)
for rid, name, val in REC.iter_unpack(blob[HEADER.size:]):
    print(rid, name.rstrip(b'\0'), val)
print(struct.pack('>I', 0xDEADBEEF).hex(), struct.unpack('<I', bytes.fromhex('efbeadde'))[0] == 0xDEADBEEF)
print(struct.pack('<d', 0.1).hex(), struct.unpack('>f', b'\x3f\xc0\x00\x00'), struct.pack('<e', 65504.0).hex())
print(struct.unpack('<?bB', b'\x00\xff\xff'), struct.pack('<2i', 1, -1), struct.pack('<q', -2 ** 63).hex())
print([struct.calcsize(c) for c in 'xcbB?hHiIlLqQnNefdsp'])
print(int.from_bytes(struct.pack('>H', 513), 'big'), struct.pack('<h', -2).hex())
try:
    struct.unpack('<I', b'\x00\x00')
except struct.error as e:
    print('struct.error:', e)
try:
    struct.Struct('<N')
except struct.error as e:
    print('struct.error:', e)
try:
    struct.pack('<I', 2 ** 32)
except struct.error as e:
    print('struct.error:', e)
try:
    struct.pack('<s', 'text')
except struct.error as e:
    print('struct.error:', e)
