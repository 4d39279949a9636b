import sys, io, os, hashlib, tempfile, gc
import tarfile
def t(f):
    try: r = f(); print(repr(r))
    except Exception as x: print(type(x).__name__, x)

def mk(name, data=b'', **kw):
    ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = 1600000000
    ti.uname = 'user'; ti.gname = 'group'; ti.uid = 1000; ti.gid = 100
    for k, v in kw.items(): setattr(ti, k, v)
    return ti, io.BytesIO(data)

for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode='w', format=fmt) as tf:
        tf.addfile(*mk('a.txt', b'hello\n' * 100))
        tf.addfile(*mk('dir', type=tarfile.DIRTYPE, mode=0o755))
        tf.addfile(*mk('dir/link', type=tarfile.SYMTYPE, linkname='../a.txt'))
        tf.addfile(*mk('hard', type=tarfile.LNKTYPE, linkname='a.txt'))
        tf.addfile(*mk('x' * 50 + '/' + 'y' * 80, b'long'))
        if fmt != tarfile.USTAR_FORMAT:
            tf.addfile(*mk('z' * 150, b'longer'))
            tf.addfile(*mk('ünï.txt', b'u'))
            tf.addfile(*mk('big', b'', uid=3000000))
        tf.addfile(*mk('dev', type=tarfile.CHRTYPE, devmajor=1, devminor=3))
        tf.addfile(*mk('float', b'f', mtime=1600000000.5))
    data = b.getvalue()
    print(fmt, len(data), hashlib.md5(data).hexdigest())
    b.seek(0)
    with tarfile.open(fileobj=b) as tf:
        print(tf.getnames())
        for m in tf.getmembers():
            print(m.name, m.size, m.mtime, oct(m.mode), m.type, m.linkname, m.uname, m.gname, m.uid, m.gid, m.offset, m.offset_data, m.devmajor, m.devminor, m.isfile(), m.isdir(), m.issym(), m.islnk(), m.ischr(), m.isdev(), sorted(m.pax_headers.items()))
        tf.list()
        tf.list(verbose=False)
        f = tf.extractfile('a.txt'); print(f.readline(), f.read(5), f.tell(), f.seek(0), len(f.read()), f.seek(-3, 2), f.read())
        print(tf.extractfile('dir/link').read(6), tf.extractfile('hard').read(6), tf.extractfile('dir'))
        t(lambda: tf.getmember('nope'))
        t(lambda: tf.addfile(tarfile.TarInfo('q')))
ti = tarfile.TarInfo('abc')
print(ti.tobuf(tarfile.USTAR_FORMAT) == tarfile.TarInfo.frombuf(ti.tobuf(tarfile.USTAR_FORMAT), 'utf-8', 'strict').tobuf(tarfile.USTAR_FORMAT))
t(lambda: tarfile.TarInfo.frombuf(b'', 'utf-8', 'strict'))
t(lambda: tarfile.TarInfo.frombuf(b'x' * 10, 'utf-8', 'strict'))
t(lambda: tarfile.TarInfo.frombuf(b'\0' * 512, 'utf-8', 'strict'))
t(lambda: tarfile.TarInfo.frombuf(b'a' * 512, 'utf-8', 'strict'))
t(lambda: tarfile.TarInfo('x' * 300).tobuf(tarfile.USTAR_FORMAT))
t(lambda: tarfile.TarInfo('q').tobuf(7))
ti = tarfile.TarInfo('m'); ti.mode = None
t(lambda: ti.tobuf())
t(lambda: tarfile.open(fileobj=io.BytesIO(b''), mode='r:'))
t(lambda: tarfile.open(fileobj=io.BytesIO(b''), mode='q'))
t(lambda: tarfile.open(fileobj=io.BytesIO(b''), mode='r:zz'))
t(lambda: tarfile.open())
print(tarfile.itn(5), tarfile.itn(-1, 8, tarfile.GNU_FORMAT), tarfile.nti(b'0000012\0'), tarfile.nts(b'ab\0c', 'ascii', 'strict'), tarfile.stn('ab', 5, 'ascii', 'strict'))
t(lambda: tarfile.itn(-1))
print(tarfile.is_tarfile(io.BytesIO(data)), tarfile.is_tarfile(io.BytesIO(b'\1' * 600)))
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src'); os.makedirs(os.path.join(src, 'sub'))
    with open(os.path.join(src, 'f.txt'), 'w') as fh: fh.write('file\n' * 10)
    with open(os.path.join(src, 'sub', 'g.bin'), 'wb') as fh: fh.write(b'\0\1' * 700)
    os.symlink('f.txt', os.path.join(src, 'ln'))
    arc = os.path.join(d, 'a.tar')
    def norm(ti):
        ti.uid = ti.gid = 0; ti.uname = ti.gname = 'root'; ti.mtime = 1500000000; ti.mode = (ti.mode & 0o777) | 0o644
        return ti
    with tarfile.open(arc, 'w') as tf:
        tf.add(src, 'src', filter=norm)
        print(repr(tf.name.replace(d, 'D')))
    with open(arc, 'rb') as fh: print(hashlib.md5(fh.read()).hexdigest())
    with tarfile.open(arc, 'a') as tf:
        tf.addfile(*mk('extra.txt', b'more'))
    for flt in ('data', 'tar', 'fully_trusted'):
        out = os.path.join(d, 'out_' + flt)
        with tarfile.open(arc) as tf:
            tf.extractall(out, filter=flt)
        for root, dirs, files in sorted(os.walk(out)):
            dirs.sort()
            for fn in sorted(files):
                p = os.path.join(root, fn)
                st = os.lstat(p)
                print(flt, os.path.relpath(p, out), oct(st.st_mode), 0 if os.path.islink(p) else int(st.st_mtime), os.path.islink(p))
    with tarfile.open(arc) as tf:
        t(lambda: tf.extractall(os.path.join(d, 'x'), filter='bogus'))
        m = tf.getmember('src/ln')
        print(tarfile.data_filter(m, d).mode)
        bad = tarfile.TarInfo('../evil'); t(lambda: tarfile.data_filter(bad, d))
        bad = tarfile.TarInfo('/abs'); print(tarfile.data_filter(bad, d).name)
        bad = tarfile.TarInfo('l'); bad.type = tarfile.SYMTYPE; bad.linkname = '/etc/passwd'; t(lambda: tarfile.data_filter(bad, d))
        bad.linkname = '../../x'; t(lambda: str(tarfile.data_filter(bad, d)).replace(d, 'D'))
        bad = tarfile.TarInfo('c'); bad.type = tarfile.CHRTYPE; t(lambda: tarfile.data_filter(bad, d))
        tf.extract('src/f.txt', os.path.join(d, 'one'))
        print(os.listdir(os.path.join(d, 'one', 'src')))
    for mode in ('w:gz', 'w|gz', 'w|', 'x:gz'):
        p = os.path.join(d, 'g' + mode.replace('|', 'P').replace(':', 'C') + '.tar')
        with tarfile.open(p, mode) as tf:
            tf.addfile(*mk('in.txt', b'gz data ' * 100))
        with tarfile.open(p) as tf:
            print(mode, tf.getnames(), tf.extractfile('in.txt').read(8))
        with tarfile.open(p, 'r|*') as tf:
            for m in tf:
                print(mode, m.name, tf.extractfile(m).read(8))
        t(lambda: tarfile.open(os.path.join(d, 'gwCgz.tar'), 'r:'))
    t(lambda: tarfile.open(os.path.join(d, 'gwCgz.tar'), 'a:gz'))
    t(lambda: tarfile.open(os.path.join(d, 'gwCgz.tar'), 'q|'))

ti = tarfile.TarInfo('m')
print(gc.is_tracked(ti), ti.path, ti.linkpath)
ti.path = 'p'; ti.linkpath = 'l'; print(ti.name, ti.linkname)
r = ti.replace(name='n', uid=5); print(r.name, r.uid, ti.name, ti.uid, r is ti)
print(sorted(ti.get_info().items()))
print(tarfile.BLOCKSIZE, tarfile.RECORDSIZE, tarfile.DEFAULT_FORMAT, tarfile.ENCODING, tarfile.REGTYPE, tarfile.GNU_MAGIC, tarfile.POSIX_MAGIC)
for e in (tarfile.ReadError, tarfile.CompressionError, tarfile.StreamError, tarfile.ExtractError, tarfile.HeaderError, tarfile.EOFHeaderError, tarfile.FilterError, tarfile.AbsolutePathError):
    print(e.__name__, [c.__name__ for c in e.__mro__[1:-2]])
