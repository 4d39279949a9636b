# GzipFile and gzip.open on files in a temporary folder and on BytesIO: binary and
# text modes, reading, line iteration, seeking, appending members, errors.
import gzip
import io
import os
import shutil
import tempfile


def t(label, f):
    try:
        r = f()
        print(label, repr(r)[:160])
    except Exception as e:
        print(label, type(e).__name__, e)


bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=77) as f:
    print(f.write(b'line one\nline two\n'), f.write(memoryview(b'x\n')), f.tell())
    print(f.mode, f.writable(), f.readable(), f.seekable(), f.closed)
    t('read on write', lambda: f.read())
print(bio.getvalue().hex())
print(f.closed)
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f:
    print(f.mode, f.mtime, f.readline(), f.read(3), f.peek(2)[:2], f.tell())
    print(list(f), f.read(), f.tell())
    t('write on read', lambda: f.write(b'x'))
t('closed read', lambda: f.read())
t('closed readline', lambda: f.readline())

bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=1, compresslevel=1) as f:
    f.write(b'abc' * 1000)
    f.flush()
    f.write(b'def' * 1000)
print(len(bio.getvalue()), bio.getvalue()[:10].hex())
bio.seek(0)
with gzip.GzipFile(fileobj=bio, mode='rb') as f:
    data = f.read()
print(len(data), data[2995:3005])

d = tempfile.mkdtemp()
try:
    p = os.path.join(d, 'data.txt.gz')
    with gzip.open(p, 'wb') as f:
        f.write(b'abc\n' * 3)
    raw = open(p, 'rb').read()
    print(raw[:4].hex(), raw[8:].hex())
    with gzip.open(p) as f:
        print(f.read(), f.name == p)
    with gzip.open(p, 'at') as f:
        f.write('second member\nline\n')
    with gzip.open(p, 'rt') as f:
        print(f.readlines())
    with gzip.open(p, 'rt') as f:
        for line in f:
            print(repr(line))
    with gzip.open(p, 'rb') as f:
        print(f.read(5), f.seek(2), f.read(3), f.seek(0, 1), f.seek(1), f.read(2))
    with gzip.open(p, 'rb') as f:
        print(f.read1(4), f.readlines())
    with open(p, 'rb') as raw_f:
        with gzip.GzipFile(fileobj=raw_f) as f:
            print(f.read(7), f.name == p)
    t('rbt', lambda: gzip.open(p, 'rbt'))
    t('encoding', lambda: gzip.open(p, 'rb', encoding='x'))
    t('errors', lambda: gzip.open(p, 'rb', errors='x'))
    t('newline', lambda: gzip.open(p, 'rb', newline='x'))
    t('bad filename', lambda: gzip.open(123))
    t('text GzipFile', lambda: gzip.GzipFile(p, 'rt'))
    t('bad mode', lambda: gzip.GzipFile(p, 'z'))
    with open(p, 'ab') as f:
        f.write(b'\0\0\0garbage!')
    with gzip.open(p) as f:
        t('garbage', lambda: f.read())
    with open(p, 'wb') as f:
        f.write(gzip.compress(b'abc' * 50, mtime=3)[:-6])
    with gzip.open(p) as f:
        t('truncated', lambda: f.read())
    with open(p, 'wb') as f:
        pass
    with gzip.open(p) as f:
        print('empty file', f.read())
    with gzip.open(p, 'wt', encoding='latin-1', newline='\r\n') as f:
        f.write('a\nb\n\xe9')
    with gzip.open(p, 'rb') as f:
        print(f.read())
    with gzip.open(p, 'rt', encoding='latin-1', newline='') as f:
        print(f.readlines())
    with gzip.open(p, 'rt', encoding='latin-1') as f:
        print(f.readlines())
    with gzip.open(p, 'rt', encoding='latin-1') as f:
        print(repr(f.read(2)), repr(f.readline()), repr(f.read()))
    with gzip.open(p, 'wb') as f:
        f.writelines([b'one\n', b'two\n'])
    with gzip.open(p, 'rb') as f:
        print(f.readlines())
    with gzip.open(p, 'xb') if False else gzip.open(p, 'rb') as f:
        print(next(iter(f)))
finally:
    shutil.rmtree(d)
print(os.path.exists(d))
