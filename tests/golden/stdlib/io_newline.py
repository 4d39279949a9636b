# The `newline` argument of open() and io.StringIO: universal newlines (None) on reading,
# '' keeping line ends as they are while splitting at \r, \n and \r\n, '\n', '\r' and
# '\r\n' splitting at that string only; on writing, '\r' and '\r\n' replace each \n.
import io
import os

base = '/tmp/refpy_io_newline_%d' % os.getpid()
os.mkdir(base)
try:
    path = os.path.join(base, 'mixed.txt')
    with open(path, 'wb') as f:
        f.write(b'a\r\nb\rc\nd')
    for nl in (None, '', '\n', '\r', '\r\n'):
        with open(path, newline=nl) as f:
            lines = list(f)
        with open(path, newline=nl) as f:
            whole = f.read()
        with open(path, newline=nl) as f:
            first = f.readline(), f.readline(), f.read(3)
        print(repr(nl), lines, repr(whole), first)
    for nl in (None, '', '\n', '\r', '\r\n'):
        with open(path, 'w', newline=nl) as f:
            print(repr(nl), f.write('a\nb\r\nc\rd'), end=' ')
        with open(path, 'rb') as f:
            print(f.read())
    for bad in (1, 'x', '\r\r'):
        try:
            open(path, newline=bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        open(path, 'rb', newline='')
    except ValueError as e:
        print('ValueError:', e)
finally:
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)

for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), list(s), repr(s.getvalue()), s.write('x\ny'), repr(s.getvalue()))

# many small writes, then reading back
s = io.StringIO()
for i in range(2000):
    s.write('%d,' % i)
print(len(s.getvalue()), s.tell(), s.getvalue()[-10:])
s.seek(3)
s.write('XY')
print(s.getvalue()[:10], s.tell(), s.read(4))
s.seek(0, 2)
s.write('end')
print(s.getvalue()[-8:], len(s.getvalue()))
b = io.BytesIO()
for i in range(1000):
    b.write(b'%d;' % i)
print(len(b.getvalue()), b.getvalue()[:12], b.tell())
