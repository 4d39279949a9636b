# Arrays: types made with *, initialisers, indexing, slicing, char buffers.
import ctypes as C


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


A = C.c_int * 5
print(A.__name__, type(A).__name__, A._length_, A._type_, C.sizeof(A), C.alignment(A))
print([k.__name__ for k in A.__mro__], A is C.c_int * 5, 5 * C.c_int is A)
a = A(1, 2, 3)
print(list(a), a[1], a[-1], a[1:3], a[::2], len(a), C.sizeof(a))
show(lambda: a[5])
show(lambda: a[-6])
show(lambda: a['x'])
show(lambda: A(1, 2, 3, 4, 5, 6))
show(lambda: a.__setitem__(0, 'x'))
show(lambda: a.__setitem__(9, 1))
a[0:2] = [7, 8]
print(list(a))
show(lambda: a.__setitem__(slice(0, 2), [7]))
a[-1] = 2**32 + 5
print(list(a), sum(a), list(reversed(a)))
show(lambda: C.c_int * -1)
show(lambda: C.c_int * 'a')
show(lambda: len((C.c_int * 0)()))
show(lambda: A(1, 2, None))
show(lambda: (C.c_double * 2)(1, 2.5)[:])
show(lambda: (C.c_char_p * 2)(b'a', None)[:])
show(lambda: (C.py_object * 2)()[0])
show(lambda: (C.py_object * 2)('x')[0])
show(lambda: type(C.ARRAY(C.c_int, 3)).__name__)

M = (C.c_int * 2) * 3
m = M((1, 2), (3, 4))
print(M.__name__, [list(r) for r in m], type(m[0]).__name__, C.sizeof(M))
m[2][1] = 9
row = m[2]
row[0] = 8
print([list(r) for r in m])
show(lambda: M([1, 2]))


class MyInt(C.c_int):
    pass


print(type((MyInt * 2)(1, 2)[0]).__name__, (MyInt * 2)(1, 2)[1].value)

# char and wchar arrays have value (and raw): text up to the first NUL.
B = C.c_char * 4
b = B(b'a', b'b')
print(b.value, b.raw, b[0], b[0:2], B(*b'abcd').value)
show(lambda: B(b'abcd'))
b.value = b'xyz'
print(b.raw)
show(lambda: setattr(b, 'value', b'xyzwv'))
show(lambda: setattr(b, 'value', 'ab'))
show(lambda: setattr(b, 'raw', b'12345'))
b.raw = b'12'
print(b.raw, b.value)
print(hasattr(A, 'value'), hasattr(B, 'raw'))
s = C.create_string_buffer(b'hello')
print(type(s).__name__, C.sizeof(s), s.value, s.raw, s[1], s[-2:])
print(C.create_string_buffer(3).raw, C.create_string_buffer(b'ab', 6).raw)
show(lambda: C.create_string_buffer(b'abc', 2))
show(lambda: C.create_string_buffer('abc'))
u = C.create_unicode_buffer('hé')
print(type(u).__name__, C.sizeof(u), u.value, u[0], u[0:2])
show(lambda: u.raw)
show(lambda: C.create_unicode_buffer(b'x'))
w = C.create_unicode_buffer(3)
show(lambda: setattr(w, 'value', 'abcd'))
show(lambda: setattr(w, 'value', b'ab'))
w.value = 'abc'
print(w[:], w.value, (C.c_wchar * 3)('a', 'b').value)
print(C.create_unicode_buffer(4)[:] == '\0' * 4, list(C.create_string_buffer(2)))
