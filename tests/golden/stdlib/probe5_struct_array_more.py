import struct, array, sys
fmts = ['@c', '@bi', '@ic', '@hq', '@qh', '@?d', '@fd', '@id0i', '@0q', '@P', '@n', '@N', '@e', '@5s', '@5p', '@3xi', '=hq', '<iq', '>Pq' if False else '>lq', '!Q', '@llq', '@ihq0l']
for f in fmts:
    try:
        print(f, struct.calcsize(f))
    except struct.error as e:
        print(f, 'struct.error', e)
print(struct.pack('@bi', 1, 2), struct.pack('@hq', 1, 2), struct.pack('@id0i', 1, 2.5), struct.pack('=???', 0, 1, 2))
print(struct.pack('<e', 1.5), struct.pack('<e', -0.0), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.pack('>e', 6.1e-5))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('<f', 3.4e38), struct.pack('<d', float('nan'))[-2:].hex(), struct.pack('<f', float('-inf')))
for f, v in [('<f', 3.5e38), ('<e', 65520.0), ('<e', 1e6), ('<q', 2 ** 63), ('<Q', -1), ('<?', object()), ('<c', 'a'), ('<s', 5), ('<n', 1)]:
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError, TypeError) as e:
        print(f, type(e).__name__, e)
s = struct.Struct('>2H')
print(type(s).__name__, s.format, s.size, s.pack(1, 2), s.unpack_from(b'\x00\x00\x00\x01\x00\x02', 2), list(s.iter_unpack(b'\x00\x01\x00\x02' * 2)))
try:
    s.unpack_from(b'\x00', 0)
except struct.error as e:
    print('struct.error', e)
try:
    s.unpack_from(b'\x00' * 4, 5)
except struct.error as e:
    print('struct.error', e)
try:
    list(s.iter_unpack(b'\x00' * 5))
except struct.error as e:
    print('struct.error', e)
try:
    struct.pack_into('<I', bytearray(2), 0, 1)
except struct.error as e:
    print('struct.error', e)
try:
    struct.pack_into('<I', bytes(4), 0, 1)
except TypeError as e:
    print('TypeError', e)
a = array.array('I', [1, 2, 3])
print(a.typecode, a.itemsize, repr(a), str(a), a == [1, 2, 3], list(a) == [1, 2, 3], 2 in a, a + a, a[1], a[-1], a[:0], a[::2])
a[0:2] = array.array('I', [9]); print(a)
a.fromlist([7, 8]); print(a, a.index(8), a.index(7, 1))
try:
    a.index(99)
except ValueError as e:
    print('ValueError', e)
try:
    a.fromlist([1, 'x'])
except TypeError as e:
    print('TypeError', e, a)
try:
    a.remove(99)
except ValueError as e:
    print('ValueError', e)
b = array.array('d', range(3)); b.extend(iter([3.5])); b.extend(array.array('d', [4])); print(b, b.pop(1), b)
try:
    b.extend(array.array('f', [1]))
except TypeError as e:
    print('TypeError', e)
print([array.array(c).itemsize for c in array.typecodes])
print(array.array('b', [-128, 127]), array.array('B', range(3)).tobytes(), array.array('h').frombytes(b'') or 'none', array.array('l', [1]).buffer_info()[1])
c = array.array('i', [3, 1, 2]); c[1] = 10; del c[0]; c *= 2; print(c, len(c), c.count(10), list(reversed(c)), sorted(c))
try:
    c[1] = 2 ** 40
except OverflowError as e:
    print('OverflowError', e)
try:
    c['x']
except TypeError as e:
    print('TypeError', e)
u = array.array('u', 'hi'); u.append('!'); print(u, u.tounicode(), u.tobytes().hex() if False else len(u.tobytes()))
try:
    u.append('ab')
except TypeError as e:
    print('TypeError', e)
print(array.array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00') if False else '', array.array('b', b'\x01\x02'), array.array('B', bytearray(b'\x03')))
try:
    array.array('i', b'\x01\x00')
except ValueError as e:
    print('ValueError', e)
print(array.array('f', [1.1]) == array.array('d', [1.1]), array.array('i', [1]) < array.array('i', [1, 0]), array.array('i', [2]) > array.array('b', [1]))
