# struct.Struct objects, pack_into/unpack_from/iter_unpack on several buffers, the
# module cache, and the memory sizes of Struct objects.
import gc
import struct
import sys

s = struct.Struct('<hi')
print(s.format, s.size, type(s).__name__, type(s).__module__)
data = s.pack(1, -2)
print(data, s.unpack(data), s.unpack(bytearray(data)), s.unpack(memoryview(data)))
print(s.unpack_from(b'xx' + data, 2), s.unpack_from(buffer=data), s.unpack_from(data, offset=0))
buf = bytearray(10)
s.pack_into(buf, 2, 3, 4)
print(buf)
struct.pack_into('>h', buf, -2, 258)
print(buf)
mv = memoryview(bytearray(8))
struct.pack_into('>h', mv, 2, 0x102)
print(mv.tobytes())
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it),
      it.__length_hint__(), iter(it) is it)
print(list(struct.Struct('x').iter_unpack(b'ab')))
s.__init__('>3h')
print(s.format, s.size, s.pack(1, 2, 3))
for fmt in ['i', '3i2h', '', '5x3s0i', 'ihqd', '10s10p']:
    st = struct.Struct(fmt)
    print(repr(fmt), sys.getsizeof(st), st.__sizeof__(), gc.is_tracked(st))
print(sys.getsizeof(struct.Struct('i').iter_unpack(b'abcd')))
print(sys.getrefcount(s))
import weakref
w = weakref.ref(s)
print(w() is s)
del s
print(w())
struct._clearcache()
print(struct.calcsize('i'), struct.calcsize('i'))
print(sorted(struct.__all__))


class MyStruct(struct.Struct):
    pass


m = MyStruct('<i')
print(type(m).__name__, m.pack(5), m.size)
