# CFUNCTYPE: function pointer types, and Python callbacks called through them.
import ctypes as C


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


F = C.CFUNCTYPE(C.c_int, C.c_int, C.c_int)
print(F.__name__, type(F).__name__, F._restype_, F._argtypes_, F._flags_, C.sizeof(F))
print(F is C.CFUNCTYPE(C.c_int, C.c_int, C.c_int), [k.__name__ for k in F.__mro__])
print(C.CFUNCTYPE(None, use_errno=True)._flags_)
add = F(lambda a, b: a + b)
show(lambda: add(2, 3))
show(lambda: add(2**32 + 1, 3))
show(lambda: add(2.5, 3))
show(lambda: add(2))
show(lambda: add(1, 'x'))


def wrap_result(a, b):
    return 2**31 + a + b


show(lambda: F(wrap_result)(0, 1))
G = C.CFUNCTYPE(None, C.c_char_p, C.c_double)
got = []
show(lambda: G(lambda s, d: got.append((s, d)))(b'hi', 2))
print(got)
H = C.CFUNCTYPE(C.c_double, C.POINTER(C.c_int))


def total(p):
    return sum(p[i] for i in range(3)) / 2


arr = (C.c_int * 3)(1, 2, 4)
show(lambda: H(total)(C.cast(arr, C.POINTER(C.c_int))))
print(repr(F(5)).startswith('<CFunctionType object at 0x'), bool(F(5)), bool(F()))


# A callback-driven algorithm written against C arrays: an insertion sort
# taking a comparison function, as qsort would.
CMP = C.CFUNCTYPE(C.c_int, C.POINTER(C.c_int), C.POINTER(C.c_int))


def insertion_sort(base, count, cmp):
    def item(k):
        return C.pointer(C.c_int.from_buffer(base, k * C.sizeof(C.c_int)))

    for i in range(1, count):
        j = i
        while j > 0 and cmp(item(j - 1), item(j)) > 0:
            base[j - 1], base[j] = base[j], base[j - 1]
            j -= 1


def by_value(a, b):
    return a[0] - b[0]


data = (C.c_int * 6)(5, 1, 4, 2, 3, 0)
insertion_sort(data, len(data), CMP(by_value))
print(list(data))
rev = CMP(lambda a, b: b.contents.value - a.contents.value)
insertion_sort(data, len(data), rev)
print(list(data))
print(C.sizeof(CMP), C.alignment(CMP))
