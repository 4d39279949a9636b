import io, os, tempfile
d = tempfile.mkdtemp()
fn = os.path.join(d, 'data.txt')
with open(fn, 'w', encoding='utf-8') as f:
    print(f.name == fn, f.mode, f.encoding, f.closed, f.readable(), f.writable(), f.seekable(), f.line_buffering, repr(f.newlines))
    n = f.write('alpha\nbeta\r\ngamma\rdelta')
    print(n, f.tell())
print(f.closed)
with open(fn, 'rb') as f:
    raw = f.read(); print(raw, f.mode, type(f).__name__, f.raw.__class__.__name__ if hasattr(f, 'raw') else '')
with open(fn) as f:
    print(f.readlines(), repr(f.newlines))
with open(fn, newline='') as f:
    print(f.readlines())
with open(fn, newline='\r') as f:
    print(f.readlines())
with open(fn) as f:
    print(f.readline(), f.readline(3), f.read(2), f.readline(), list(f))
with open(fn, 'r+') as f:
    f.seek(0, 2); f.write('\nappended'); f.seek(0); print(f.read().splitlines())
with open(fn, 'a+') as f:
    print(f.tell() > 0, f.read()); f.seek(0); print(len(f.read()))
with open(fn, 'w') as f:
    f.writelines(['x\n', 'y\n'])
with open(fn) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line))
bfn = os.path.join(d, 'bin.dat')
with open(bfn, 'wb') as f:
    f.write(bytes(range(10))); f.write(bytearray(b'\xff')); f.write(memoryview(b'mv'))
with open(bfn, 'rb') as f:
    print(f.read(3), f.tell(), f.seek(-2, 2), f.read(), f.seek(1), f.read1(2), f.peek(1)[:1] if hasattr(f, 'peek') else '')
    buf = bytearray(4); f.seek(0); print(f.readinto(buf), buf)
with open(bfn, 'r+b') as f:
    f.seek(2); f.write(b'ZZ'); f.seek(0); print(f.read(5)); f.truncate(3)
print(os.path.getsize(bfn))
with open(fn, 'x' if not os.path.exists(fn + '2') else 'w') if False else open(fn + '2', 'x') as f:
    f.write('new')
try:
    open(fn + '2', 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror)
for mode in ['rw', 'rb+t', 'z', 'wa', '', 'U']:
    try:
        open(fn, mode)
    except ValueError as e:
        print(repr(mode), 'ValueError', e)
try:
    open(fn, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError', e)
try:
    open(fn, 'rb', newline='')
except ValueError as e:
    print('ValueError', e)
try:
    open(fn, newline='x')
except ValueError as e:
    print('ValueError', e)
try:
    open(d)
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno, e.strerror)
f = open(fn); f.close()
for op in [f.read, f.readline, lambda: f.write('x'), f.tell, lambda: next(f)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
with open(fn, 'w', encoding='latin-1') as f:
    f.write('café')
with open(fn, 'rb') as f:
    print(f.read())
try:
    with open(fn, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(fn, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
with open(fn, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('naïve ☃')
with open(fn, 'rb') as f:
    print(f.read())
try:
    with open(fn, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
import shutil; shutil.rmtree(d)
print(os.path.exists(d))
