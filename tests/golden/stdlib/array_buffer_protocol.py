from array import array
a = array('h', [1, 2, -3])
print(bytes(a), bytearray(a))
m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.nbytes, m.tolist(), m.readonly)
m[0] = 7
print(a)
m.release()
a.append(5)
print(a, b''.join([array('B', [65, 66])]), bytes(array('d', [1.5])))
print(array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
import struct
print(struct.unpack('hh', array('h', [4, 5])))
with memoryview(array('f', [0.5])) as mv:
    print(mv.cast('B').tolist())
