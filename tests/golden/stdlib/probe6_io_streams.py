import io

s = io.StringIO("line one\nline two\r\nline three")
print(repr(s.readline()), s.tell())
print(repr(s.readline()), s.tell())
print(repr(s.read(4)), s.tell())
print(s.seek(0), repr(s.read(4)))
print(s.seek(0, io.SEEK_END), repr(s.read()))
s.seek(5)
s.write("ONE")
print(repr(s.getvalue()))
s.truncate(8)
print(repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable())
try:
    s.seek(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.seek(3, io.SEEK_CUR)
except OSError as e:
    print(type(e).__name__ + ":", e)
s2 = io.StringIO("a\nb\nc\n")
print(list(s2), s2.readlines())
s2.seek(0)
print(s2.readlines(3))
s3 = io.StringIO(newline=None)
s3.write("x\r\ny\rz\n")
print(repr(s3.getvalue()))
s4 = io.StringIO("x\r\ny", newline="")
print(s4.readlines())
s.close()
try:
    s.read()
except ValueError as e:
    print("ValueError:", e)
print(s.closed)

b = io.BytesIO(b"header\x00\x01\x02body\nmore")
print(b.read(6), b.tell(), b.read1(2) if hasattr(b, "read1") else None)
print(b.readline(), b.readline(), b.readline())
b.seek(-4, io.SEEK_END)
print(b.read())
b.seek(0)
print(b.getbuffer().nbytes, bytes(b.getbuffer()[:3]))
b2 = io.BytesIO()
print(b2.write(b"abc"), b2.write(bytearray(b"de")), b2.getvalue())
b2.seek(10)
b2.write(b"!")
print(b2.getvalue())
buf = bytearray(4)
b2.seek(0)
print(b2.readinto(buf), buf)
try:
    b2.write("str")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
with io.StringIO() as f:
    print("hello", "world", sep=", ", file=f)
    print(repr(f.getvalue()))
print(f.closed)
