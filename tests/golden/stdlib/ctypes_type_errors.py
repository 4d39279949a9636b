# Defining ctypes types: what CPython checks when a class is created.
import ctypes as C


def fields(spec, **extra):
    try:
        class T(C.Structure):
            _pack_ = extra.get('pack', 0)
            _fields_ = spec
        print('ok', C.sizeof(T), [getattr(T, f[0]) for f in spec])
    except Exception as e:
        print(type(e).__name__, e)


fields([('a', C.c_int)])
fields([('a', 5)])
fields([('a',)])
fields(5)
fields([(5, C.c_int)])
fields([('a', C.c_double, 3)])
fields([('a', C.c_int, 33)])
fields([('a', C.c_int, 0)])
fields([('a', C.c_int)], pack=-1)
fields([('a', C.c_char), ('b', C.c_longlong)], pack=2)
fields([('a', C.c_ubyte, 4), ('b', C.c_ubyte, 4), ('c', C.c_ubyte, 1)])
fields([('a', C.c_bool, 1), ('b', C.c_uint16, 12), ('c', C.c_int64, 40)])
fields([('s', C.Structure)])


class Anon(C.Structure):
    _fields_ = [('a', C.c_int)]


try:
    class Bad(C.Structure):
        _fields_ = [('a', C.c_int)]
        _anonymous_ = ['b']
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad2(C._SimpleCData):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad3(C._SimpleCData):
        _type_ = 'y'
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad4(C._SimpleCData):
        _type_ = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad5(C.Array):
        _type_ = C.c_int
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad6(C.Array):
        _length_ = 2
except Exception as e:
    print(type(e).__name__, e)


class Fine(C._SimpleCData):
    _type_ = 'h'


class Arr(C.Array):
    _type_ = C.c_short
    _length_ = 3


print(Fine(70000).value, repr(Fine(1))[:6], C.sizeof(Arr), Arr(1, 2)[:])
for abstract in (C.Structure, C.Union, C.Array, C._Pointer, C._SimpleCData):
    try:
        abstract()
    except TypeError as e:
        print(abstract.__name__, e)
print(C.cdll.LoadLibrary.__name__, isinstance(C.cdll, C.LibraryLoader))
try:
    C.cdll._private
except AttributeError as e:
    print('AttributeError', e)
print(type(C.pythonapi).__name__, C.RTLD_GLOBAL, C.RTLD_LOCAL, C.DEFAULT_MODE)
print(C.POINTER('later').__name__, C.c_buffer(b'ab').raw)
