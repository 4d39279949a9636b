import struct, array
print(struct.pack('<hHiIqQ', -1, 65535, -2, 4000000000, -3, 2 ** 63), struct.pack('>f d e', 1.5, -2.25, 0.5))
print(struct.pack('!3s?xc', b'abcdef', True, b'z'), struct.pack('5p', b'hi'), struct.pack('@bhi', 1, 2, 3))
print(struct.calcsize('@bhi'), struct.calcsize('=bhi'), struct.calcsize('<qb'), struct.calcsize('@qb'), struct.calcsize('3x2h'), struct.calcsize('P'))
print(struct.unpack('<I', b'\x01\x00\x00\x00'), struct.unpack('>hh', b'\x00\x01\xff\xff'), struct.unpack('?', b'\x02'))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00\x03\x00')), struct.unpack_from('<H', b'xx\x05\x00', 2))
buf = bytearray(8); struct.pack_into('<HI', buf, 1, 7, 9); print(buf)
s = struct.Struct('<10sI'); print(s.size, s.format, s.pack(b'name', 5), s.unpack(s.pack(b'name', 5)))
for fmt, args in [('b', (200,)), ('B', (-1,)), ('h', (1 << 15,)), ('I', (-1,)), ('i', ('x',)), ('2h', (1,)), ('c', (b'ab',)), ('e', (1e10,))]:
    try:
        struct.pack(fmt, *args)
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for fmt, data in [('<I', b'\x00'), ('z', b'')]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print(fmt, 'struct.error', e)
a = array.array('i', [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.itemsize, a.typecode, len(a), a[1:3], a[::-2])
print(a.tobytes()[:8], a.tolist(), a.index(3), a.count(2), a.pop(), a.pop(0), a)
a.reverse(); a.remove(3); print(a, a.buffer_info()[1])
b = array.array('d', [1.5, 2.5]); b.byteswap(); print(b.tobytes()); b.byteswap(); print(b, b * 2, b + array.array('d', [3]))
u = array.array('u', 'héllo'); print(u, u.tounicode())
c = array.array('B', b'\x00\x01\xff'); print(c, bytes(c), c.tobytes())
f = array.array('f', [0.1]); print(f[0], f)
print(array.array('b'), repr(array.array('q', [2 ** 40])), array.typecodes)
for tc, v in [('b', 128), ('B', -1), ('h', 2 ** 15), ('I', -1), ('i', 1.5)]:
    try:
        array.array(tc, [v])
    except (OverflowError, TypeError) as e:
        print(tc, type(e).__name__, e)
try:
    array.array('z')
except ValueError as e:
    print('ValueError', e)
try:
    array.array('i', [1]) + array.array('d', [1])
except TypeError as e:
    print('TypeError', e)
try:
    array.array('i').pop()
except IndexError as e:
    print('IndexError', e)
d = array.array('h'); d.frombytes(b'\x01\x00\x02\x00'); d.fromlist([3]); print(d, d == array.array('h', [1, 2, 3]), d < array.array('h', [1, 3]))
try:
    d.frombytes(b'\x01')
except ValueError as e:
    print('ValueError', e)
print(memoryview(array.array('i', [7, 8])).tolist(), sorted(array.array('i', [3, 1, 2])))
