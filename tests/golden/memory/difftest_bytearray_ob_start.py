# Deleting from the front of a bytearray moves CPython's internal start offset (ob_start)
# instead of the bytes; the allocation stays, and a later growth must fit the offset too,
# so it reallocates sooner (PyByteArray_Resize's growth rule). __alloc__() and
# sys.getsizeof show it. Found by scripts/difftest (sizes_51_20, sizes_54_*).
import sys

for size, front, then in [(10, 2, 'append'), (8, 1, 'insert'), (17, 6, 'insert'),
                          (40, 13, 'extend'), (100, 60, 'append'), (20, 19, 'extend')]:
    b = bytearray(size)
    del b[:front]
    print(len(b), b.__alloc__(), sys.getsizeof(b))
    if then == 'append':
        b.append(1)
    elif then == 'insert':
        b.insert(0, 1)
    else:
        b.extend(bytes(front + 1))
    print(len(b), b.__alloc__(), sys.getsizeof(b))
b = bytearray(range(40))
del b[:13]
del b[-10:]
del b[:1]
b.insert(0, 1)
print(len(b), b.__alloc__(), sys.getsizeof(b))
