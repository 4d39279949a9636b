# Simple C types: sizes, aliases, value conversion, wrap-around and errors.
import ctypes as C


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


names = ['c_bool', 'c_char', 'c_wchar', 'c_byte', 'c_ubyte', 'c_short', 'c_ushort',
         'c_int', 'c_uint', 'c_long', 'c_ulong', 'c_longlong', 'c_ulonglong',
         'c_size_t', 'c_ssize_t', 'c_int8', 'c_uint8', 'c_int16', 'c_uint16',
         'c_int32', 'c_uint32', 'c_int64', 'c_uint64', 'c_float', 'c_double',
         'c_longdouble', 'c_char_p', 'c_wchar_p', 'c_void_p', 'c_voidp', 'py_object']
for name in names:
    t = getattr(C, name)
    print(name, t.__name__, t._type_, C.sizeof(t), C.alignment(t), type(t).__name__,
          [k.__name__ for k in t.__mro__])
print(C.c_int64 is C.c_long, C.c_size_t is C.c_ulong, C.c_ssize_t is C.c_long,
      C.c_longlong is C.c_long, C.c_int32 is C.c_int, C.c_int is C.c_long)

for t in (C.c_int, C.c_long, C.c_char, C.c_bool, C.c_float, C.c_double, C.c_longdouble,
          C.c_char_p, C.c_wchar_p, C.c_void_p, C.py_object, C.c_wchar, C.c_ubyte):
    show(lambda: t())
show(lambda: C.c_int(5))
show(lambda: C.c_int(2**31))
show(lambda: C.c_uint(-1))
show(lambda: C.c_byte(200))
show(lambda: C.c_ubyte(-1))
show(lambda: C.c_ulong(-1))
show(lambda: C.c_long(2**64 + 3))
show(lambda: C.c_short(70000))
show(lambda: C.c_int(1.5))
show(lambda: C.c_int('a'))
show(lambda: C.c_int(None))
show(lambda: C.c_int(True))
show(lambda: C.c_bool(5))
show(lambda: C.c_bool([]))
show(lambda: C.c_char(b'a'))
show(lambda: C.c_char(65))
show(lambda: C.c_char('a'))
show(lambda: C.c_char(b'ab'))
show(lambda: C.c_char(300))
show(lambda: C.c_wchar('x'))
show(lambda: C.c_wchar('xy'))
show(lambda: C.c_wchar(b'x'))
show(lambda: C.c_float(1.1).value)
show(lambda: C.c_float(1e300))
show(lambda: C.c_double('a'))
show(lambda: C.c_double(3))
show(lambda: C.c_double(10**400))
show(lambda: C.c_char_p(b'ab').value)
show(lambda: C.c_char_p('ab'))
show(lambda: C.c_char_p(None).value)
show(lambda: C.c_wchar_p('hé').value)
show(lambda: C.c_wchar_p(b'ab'))
show(lambda: C.c_void_p(5))
show(lambda: C.c_void_p(-1).value)
show(lambda: C.c_void_p('a'))
show(lambda: C.py_object(5))
show(lambda: C.py_object([1]))
show(lambda: C.py_object().value)
show(lambda: C.c_int(1, 2))
show(lambda: C.c_int(x=1))


class Idx:
    def __index__(self):
        return 7


class Real:
    def __float__(self):
        return 2.5


show(lambda: C.c_int(Idx()))
show(lambda: C.c_double(Real()))
show(lambda: C.c_int(Real()))


class MyInt(C.c_int):
    pass


m = MyInt(3)
print(repr(m).startswith('<MyInt object at 0x'), m.value, C.sizeof(m))
show(lambda: C.c_int(5) == C.c_int(5))
show(lambda: (bool(C.c_int(0)), bool(C.c_int(3)), bool(C.c_char_p()), bool(C.c_double(-0.0))))
x = C.c_int(3)
x.value = 9
print(x, x.value)
show(lambda: setattr(x, 'value', 'a'))
show(lambda: hash(C.c_int(1)))
show(lambda: bytes(C.c_int(258)))
show(lambda: C.sizeof(5))
show(lambda: C.alignment('x'))
show(lambda: C.sizeof(C.c_int(0)))
show(lambda: C._SimpleCData())
