# Reading: open modes and their errors, damaged archives, ignore_zeros,
# streams, the file objects of extractfile, member lookup and links.
import io, os, tarfile, tempfile, gzip

def t(f):
    try:
        r = f(); print(repr(r))
    except Exception as x:
        print(type(x).__name__, x)

def build(entries, fmt=tarfile.PAX_FORMAT, **kw):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode='w', format=fmt, **kw) as tf:
        for name, data, extra in entries:
            ti = tarfile.TarInfo(name); ti.mtime = 1234567890
            if data is not None:
                ti.size = len(data)
            for k, v in extra.items():
                setattr(ti, k, v)
            tf.addfile(ti, io.BytesIO(data) if data is not None else None)
    return b.getvalue()

data = build([('a', b'ab\ncd\nef\ngh\n\n', {}), ('sub', None, {'type': tarfile.DIRTYPE}),
              ('sub/b', b'B' * 700, {}), ('hl', None, {'type': tarfile.LNKTYPE, 'linkname': 'a'}),
              ('sub/sl', None, {'type': tarfile.SYMTYPE, 'linkname': '../a'}),
              ('sub/bad', None, {'type': tarfile.SYMTYPE, 'linkname': 'nowhere'}),
              ('fifo', None, {'type': tarfile.FIFOTYPE}), ('a', b'second', {}),
              ('odd', b'xyz', {'type': b'Z'})])

for mode in ['r', 'r:', 'r:*', 'r:gz', 'r:bz2', 'r:xz', 'r|', 'r|*', 'r|gz', 'rb', 'w:zz',
             'w|zz', 'a|', 'x|', 'ab', 'r:gz:', 'r::', 'w:*', 'q']:
    print(mode, end=' ')
    t(lambda: tarfile.open(fileobj=io.BytesIO(data), mode=mode).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(data), mode='r', bogus=1))
t(lambda: tarfile.TarFile(fileobj=io.BytesIO(data), mode='q'))
t(lambda: tarfile.TarFile.taropen(None, 'q', io.BytesIO(data)))
t(lambda: tarfile.TarFile.gzopen(None, 'a', io.BytesIO(data)))
for junk in (b'', b'x' * 1000, b'\x1f\x8b' + b'x' * 100, bytes(1024), b'x' * 512):
    for mode in ('r', 'r:', 'r:gz', 'r|', 'r|*'):
        print(len(junk), mode, end=' ')
        t(lambda: tarfile.open(fileobj=io.BytesIO(junk), mode=mode).getnames())

# damaged archives
one = build([('a', b'abc', {})], fmt=tarfile.USTAR_FORMAT)
t(lambda: tarfile.open(fileobj=io.BytesIO(one[:512])).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(one[:514])).extractfile('a').read())
t(lambda: tarfile.open(fileobj=io.BytesIO(one[:1024] + b'x' * 100)).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(one[:1024] + bytes(512) + one[:1024])).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(one[:1024] + bytes(1024) + one[:1024]), ignore_zeros=True).getnames())
bad = bytearray(one); bad[148:156] = b'0000000\0'
t(lambda: tarfile.open(fileobj=io.BytesIO(bytes(bad))).getnames())
t(lambda: tarfile.TarInfo.frombuf(bytes(bad[:512]), 'utf-8', 'strict'))
t(lambda: tarfile.open(fileobj=io.BytesIO(one[:1024] + bytes(bad))).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(bytes(bad) + one), ignore_zeros=True).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(b'x' * 512 + one), ignore_zeros=True).getnames())
longn = tarfile.TarInfo('n' * 120).tobuf(tarfile.GNU_FORMAT)
t(lambda: tarfile.open(fileobj=io.BytesIO(longn[:1024])).getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(longn[:1024] + bytes(512)), mode='r:').getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(one[:1024] + longn[:1024]), mode='r:').getnames())
paxn = tarfile.TarInfo('ü').tobuf(tarfile.PAX_FORMAT)
t(lambda: tarfile.open(fileobj=io.BytesIO(paxn[:1024] + b'q' * 512), mode='r:').getnames())
# V7-style directory: AREGTYPE with a trailing slash
v7 = tarfile.TarInfo('olddir/'); v7.type = tarfile.AREGTYPE
m = tarfile.TarInfo.frombuf(v7.tobuf(tarfile.USTAR_FORMAT), 'utf-8', 'strict')
print(m.name, m.type, m.isdir())
pre = tarfile.TarInfo('p' * 60 + '/' + 'q' * 60).tobuf(tarfile.USTAR_FORMAT)
print(tarfile.TarInfo.frombuf(pre, 'utf-8', 'strict').name[55:66])

# members, lookup and links
tf = tarfile.open(fileobj=io.BytesIO(data))
print(tf.getnames())
for m in tf:
    print(m.name, m.type, m.size, m.offset, m.offset_data, m.isreg(), m.isfile(), m.isdir(), m.issym(),
          m.islnk(), m.isfifo(), m.isdev(), m.issparse(), m.ischr(), m.isblk())
print(tf.getmember('a').offset, tf.getmember('sub/').name)
t(lambda: tf.getmember('./a'))
for name in ('a', 'hl', 'sub/sl', 'sub', 'fifo', 'odd'):
    f = tf.extractfile(name)
    print(name, f if f is None else f.read())
t(lambda: tf.extractfile('sub/bad'))
t(lambda: tf.extractfile(123))
f = tf.extractfile(tarfile.TarInfo('ghost'))
print(f.read())
f = tf.extractfile('a')
print(f.name, f.closed, f.readable(), f.seekable(), f.writable())
print(f.readlines()); f.seek(0); print(list(f)); f.seek(0)
print(f.read(None), f.read(), f.seek(2), f.read1(3), f.readline(1), f.readinto(bytearray(3)))
print(f.seek(-100), f.seek(100), f.tell(), f.read(), f.seek(-1, 1), f.read(), f.seek(-4, 2), f.read(2))
print(f.seek(0), f.readline(-1), f.readline(None), f.readlines(4))
t(lambda: f.seek(0, 3))
t(lambda: f.write(b'x'))
with f:
    pass
print(f.closed)
t(lambda: f.read()); t(lambda: f.seek(0)); t(lambda: f.readline())
print(len(tf.getmembers()), tf.offset)
t(lambda: tf.next())
tf.close(); tf.close()
for op in (lambda: tf.extractfile('a'), tf.getnames, tf.getmembers, tf.next, lambda: tf.getmember('a'), tf.list,
           lambda: tf.addfile(tarfile.TarInfo('z'))):
    t(op)
print(tf.closed, tf.mode, tf.name, tf.errors, tf.encoding, tf.format, tf.pax_headers, tf.debug, tf.errorlevel,
      tf.ignore_zeros, tf.dereference)

# streams
for mode in ('r|', 'r|*'):
    tf = tarfile.open(fileobj=io.BytesIO(data), mode=mode)
    m = tf.next()
    f = tf.extractfile(m)
    print(mode, m.name, f.read(3), f.read())
    m2 = tf.next(); print(m2.name)
    t(lambda: tf.extractfile('a').read())
    t(lambda: tf.extractfile('hl'))
    print(tf.getnames())
    t(lambda: tf.extractfile('sub/b').read())
zipped = gzip.compress(data, mtime=0)
for mode in ('r', 'r:gz', 'r|gz', 'r|*'):
    with tarfile.open(fileobj=io.BytesIO(zipped), mode=mode) as tf:
        print(mode, [(m.name, tf.extractfile(m).read(4) if m.isreg() else None) for m in tf])
t(lambda: tarfile.open(fileobj=io.BytesIO(zipped[:200]), mode='r|gz').getnames())
t(lambda: tarfile.open(fileobj=io.BytesIO(zipped[:10] + b'\0' * 50), mode='r|gz').getnames())
print(tarfile.is_tarfile(io.BytesIO(data)), tarfile.is_tarfile(io.BytesIO(zipped)), tarfile.is_tarfile(io.BytesIO(b'x' * 600)))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'a.tar')
    with open(p, 'wb') as fh:
        fh.write(data)
    print(tarfile.is_tarfile(p), tarfile.is_tarfile(os.path.join(d, 'a.tar')))
    with tarfile.open(p) as tf:
        print(tf.name == p, tf.extractfile('a').name == p)
    def t(f, t=t):
        try: f()
        except Exception as x: print(type(x).__name__, str(x).replace(d, 'D'))
    t(lambda: tarfile.open(os.path.join(d, 'none')))
    t(lambda: tarfile.is_tarfile(os.path.join(d, 'none')))
    t(lambda: tarfile.open(os.path.join(d, 'none'), 'r|'))
    t(lambda: tarfile.open(os.path.join(d, 'none'), 'r:gz'))
    t(lambda: tarfile.open())
