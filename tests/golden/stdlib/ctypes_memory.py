# Raw memory: addresses, from_address/from_buffer views, memmove, memset,
# string_at, resize.
import array
import ctypes as C


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


y = C.c_int(77)
print(C.c_int.from_address(C.addressof(y)).value)
C.c_int.from_address(C.addressof(y)).value = 5
print(y.value, C.c_long.from_address(C.addressof(y)).value)
show(lambda: C.c_long.from_address('x'))
show(lambda: C.c_long.from_address(1.5))
show(lambda: C.c_long.from_address())
print((C.c_ubyte * 4).from_address(C.addressof(C.c_int(258)))[:])


class P(C.Structure):
    _fields_ = [('a', C.c_short), ('b', C.c_int)]


pt = P(1, 2)
view = C.c_int.from_address(C.addressof(pt) + P.b.offset)
view.value = 40
print(pt.b, C.addressof(view) - C.addressof(pt))

buf = C.create_string_buffer(10)
print(C.memmove(buf, b'abcdef', 4) == C.addressof(buf), buf.raw)
print(C.memset(C.addressof(buf) + 1, ord('z'), 2) == C.addressof(buf) + 1, buf.raw)
print(C.string_at(buf), C.string_at(buf, 3), C.string_at(C.addressof(buf) + 1, 2))
x = C.c_int(5)
s = P(3, 4)
print(C.memmove(C.byref(s), C.byref(x), 4) == C.addressof(s), s.a, s.b)
show(lambda: C.memmove(x, b'\x07\x00\x00\x00', 4))
show(lambda: C.memmove(1.5, x, 4))
show(lambda: C.memmove(C.byref(x), C.byref(x)))
show(lambda: C.string_at(x, 4))
arr = (C.c_int * 3)(1, 2, 3)
C.memmove(C.addressof(arr), C.addressof(arr) + 4, 8)
print(list(arr))
C.memset(arr, 0, C.sizeof(arr))
print(list(arr))
print(C.wstring_at(C.create_unicode_buffer('hey')), C.wstring_at(C.create_unicode_buffer('hey'), 2))

ba = bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')
v = (C.c_int * 2).from_buffer(ba)
v[1] = 7
print(v[:], ba)
ba[0] = 9
print(v[0], C.addressof(C.c_int.from_buffer(ba)) == C.addressof(v))
print(C.c_int.from_buffer(ba, 4).value)
show(lambda: C.c_int.from_buffer(b'abcd'))
show(lambda: C.c_int.from_buffer(bytearray(2)))
show(lambda: C.c_int.from_buffer(bytearray(8), -1))
show(lambda: C.c_int.from_buffer(bytearray(8), 6))
show(lambda: C.c_int.from_buffer('abcd'))
show(lambda: C.c_int.from_buffer_copy(b'\x03\x00\x00\x00'))
show(lambda: C.c_int.from_buffer_copy(bytearray(8), 4))
show(lambda: C.c_int.from_buffer_copy('abcd'))
show(lambda: C.c_int.from_buffer_copy(b'ab'))
ar = array.array('i', [1, 2, 3])
av = (C.c_int * 3).from_buffer(ar)
av[0] = 100
print(av[:], ar.tolist())
mv = memoryview(bytearray(4))
C.c_int.from_buffer(mv).value = -1
print(bytes(mv))
cp = C.c_int.from_buffer_copy(ba)
cp.value = 0
print(ba[:4])
shared = C.c_void_p.from_buffer(C.c_char_p(b'abc'))
print(C.string_at(shared.value))

r = C.c_int(5)
show(lambda: C.resize(r, 2))
C.resize(r, 16)
print(C.sizeof(r), r.value, C.sizeof(C.c_int))
print(C.get_errno(), C.set_errno(5), C.get_errno(), C.set_errno(0))
print(C.ArgumentError.__mro__)
