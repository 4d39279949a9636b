# bytearray *= n resizes in place with PyByteArray_Resize's over-allocation (a moderate
# growth allocates size + size/8 + 3 or 6, a shrink below half reallocates to size + 1);
# *= 1 leaves the buffer alone. (difftest: sz_bytearray_paths)
import sys

for n in range(0, 12):
    for k in (0, 1, 2, 3):
        b = bytearray(n)
        b *= k
        print(n, k, len(b), sys.getsizeof(b))
b = bytearray(b'ab')
for k in (3, 1, 2, 0, 4):
    b *= k
    print(k, len(b), sys.getsizeof(b))
b = bytearray(range(20))
del b[:15]
b *= 2
print(len(b), sys.getsizeof(b))
b = bytearray(b'xy') * 3
print(sys.getsizeof(b), sys.getsizeof(bytearray(b'xy') * 0))
m = bytearray(b'abc')
v = memoryview(m)
try:
    m *= 2
except BufferError as e:
    print('BufferError', e)
m *= 1
print(m)
v.release()
m *= 2
print(m, sys.getsizeof(m))
