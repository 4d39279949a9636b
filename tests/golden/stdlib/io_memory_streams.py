# io.StringIO and io.BytesIO: reads, writes past the end, seeks, truncation, lines,
# iteration, closing, and their errors.
import io
from io import StringIO, BytesIO

s = StringIO("line one\nline two\nthree")
print(repr(s.readline()), repr(s.read(4)), s.tell())
print(s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
print(list(s))
s.seek(5)
print(s.write("ONE"), repr(s.getvalue()))
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()), s.tell())
s.seek(30)
s.write("x")
print(repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(8), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
for bad in (lambda: s.write(5), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 3), lambda: StringIO(b"x")):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
with StringIO() as t:
    t.writelines(["a\n", "b\n"])
    print(repr(t.getvalue()))
print(t.closed)
for bad in (t.getvalue, t.read, lambda: t.write("x"), t.tell):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)

b = BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.readlines(), b.read())
b.seek(1)
print(b.write(b"XYZW"), b.getvalue(), b.tell())
b.seek(12)
b.write(bytearray(b"!"))
print(b.getvalue())
b.seek(-3, 2)
print(b.read(), b.seek(-1, 1), b.read1(5))
print(b.truncate(3), b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print(e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
out = StringIO()
print("to a stream", 42, sep="-", file=out)
print(repr(out.getvalue()))
for bad in (lambda: BytesIO().seek(-1), lambda: BytesIO().seek(0, 3), lambda: BytesIO().truncate(-1), lambda: StringIO().truncate(-1)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
c = BytesIO()
c.close()
try:
    c.read()
except ValueError as e:
    print(e)
