import io, os.path as p, os, tempfile
s = io.StringIO('line1\nline2\nline3')
print(s.readline(), s.readlines(), s.read(), s.tell(), s.seek(0), s.read(3), s.getvalue())
s = io.StringIO(); s.write('abc'); s.seek(1); s.write('X'); print(s.getvalue(), s.tell()); s.truncate(2); print(repr(s.getvalue()))
print(list(io.StringIO('a\nb\n')), io.StringIO('x\r\ny', newline=None).read().encode(), io.StringIO('x\r\ny', newline='').readlines())
b = io.BytesIO(b'hello world'); print(b.read(5), b.read1(2) if hasattr(b, 'read1') else '', b.getvalue(), b.seek(-5, 2), b.read())
b.seek(0, 2); b.write(b'!'); print(b.getvalue(), b.getbuffer().nbytes, b.readable(), b.seekable())
s.close()
try:
    s.read()
except ValueError as e:
    print('ValueError', e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print('ValueError', e)
try:
    io.StringIO().seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
with io.StringIO() as out:
    print('printed', 42, sep='|', file=out); print(repr(out.getvalue()))
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8'); w.write('é\n'); w.flush(); print(w.buffer.getvalue())
print(p.join('a', 'b', '/c', 'd'), p.split('/x/y/z.txt'), p.splitext('archive.tar.gz'), p.splitext('.bashrc'), p.basename('/a/b/'), p.dirname('/a/b/'))
print(p.normpath('/a//b/./c/../d/'), p.normpath(''), p.isabs('a/b'), p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']))
print(p.relpath('/a/b/c', '/a/d'), p.expanduser('~nosuchuserxyz/x'), p.splitdrive('/x'), p.normcase('AbC'))
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
try:
    p.join('a', 1)
except TypeError as e:
    print('TypeError', e)
with tempfile.TemporaryDirectory() as d:
    fn = p.join(d, 'f.txt')
    with open(fn, 'w') as fh:
        fh.write('one\ntwo\n')
    print(p.exists(fn), p.isfile(fn), p.isdir(d), p.getsize(fn), p.exists(fn + 'x'), sorted(os.listdir(d)))
    with open(fn, 'a') as fh:
        fh.write('three')
    with open(fn) as fh:
        print([l.rstrip() for l in fh])
    with open(fn, 'rb') as fh:
        print(fh.read(4), fh.tell(), fh.seek(0), fh.readline())
    try:
        open(p.join(d, 'missing.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, p.basename(e.filename))
    try:
        open(fn, 'rw')
    except ValueError as e:
        print('ValueError', e)
