# BytesIO: writes in the middle cost what they write (a 2 MB buffer rewritten in
# place 20,000 times), bytes-like writes, getbuffer(), positions past the end.
import io, array, sys

big = io.BytesIO(bytes(2_000_000))
for i in range(20_000):
    big.seek((i * 997) % 1_999_000)
    big.write(b'0123456789')
v = big.getvalue()
print(len(v), v[:20], v.count(b'0123456789') > 1000)
big.seek(1_999_995)
print(big.write(b'abcdefghij'), big.tell(), len(big.getvalue()), big.getvalue()[-12:])

b = io.BytesIO(b'hello world')
b.seek(6)
print(b.write(memoryview(b'WORLD')), b.getvalue())
b.seek(0)
print(b.write(bytearray(b'J')), b.write(array.array('B', [69, 76])), b.getvalue())
print(b.write(array.array('h', [0x4142])), b.tell(), b.getvalue())
print(b.write(memoryview(b'xyz')[::2]) if False else b.write(memoryview(b'xyz')[1:]), b.getvalue())
for bad in ['s', 5, None, [1]]:
    try:
        b.write(bad)
    except TypeError as e:
        print('TypeError', e)
b.seek(20)
print(b.write(b'!'), b.getvalue())
b.seek(3)
print(b.read(4), b.readline(), b.read(), b.read(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
print(b.read1(2), b.read1(), b.readinto(bytearray(3)))
b.seek(0)
dst = bytearray(4)
print(b.readinto(dst), dst, b.readlines(), b.seekable(), b.readable(), b.writable())

# getbuffer views the content; resizing while it is viewed is refused
g = io.BytesIO(b'abcdef')
view = g.getbuffer()
print(bytes(view), len(view), view.readonly)
view[0] = ord('A')
print(g.getvalue())
g.seek(1)
for op in (lambda: g.write(b'BC'), lambda: g.truncate(2), g.close):
    try:
        op()
    except BufferError as e:
        print('BufferError', e)
print(g.read(), g.tell(), g.closed)
view.release()
g.write(b'more than before')
print(g.getvalue())

# other constructor arguments
print(io.BytesIO(bytearray(b'xy')).getvalue(), io.BytesIO(memoryview(b'mv')).getvalue(),
      io.BytesIO(None).getvalue(), io.BytesIO().getvalue())
try:
    io.BytesIO('text')
except TypeError as e:
    print('TypeError', e)
c = io.BytesIO(b'abc')
c.close()
for op in (c.getvalue, c.read, c.tell, lambda: c.write(b'x'), lambda: c.seek(0), c.getbuffer):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
print(c.closed)
try:
    io.BytesIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
for args in [(-1,), (0, 3), ('x',)]:
    try:
        io.BytesIO().seek(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
w = io.BytesIO()
w.writelines([b'a', bytearray(b'b'), memoryview(b'c')])
print(w.getvalue(), list(io.BytesIO(b'x\ny\nz')))
