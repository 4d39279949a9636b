import sys, io, os, hashlib, tempfile
import gc
import zipfile
def t(f):
    try: r = f(); print(repr(r))
    except Exception as x: print(type(x).__name__, x)

b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr(zipfile.ZipInfo('a.txt', (1980,1,1,0,0,0)), b'hello world\n' * 5)
    zi = zipfile.ZipInfo('dir/b.bin', (2020,5,17,13,45,58))
    z.writestr(zi, bytes(range(256)) * 10, compress_type=zipfile.ZIP_DEFLATED)
    zi = zipfile.ZipInfo('c.txt', (2001,2,3,4,5,6)); zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, 'text ü' * 100, compresslevel=9)
    z.writestr(zipfile.ZipInfo('sub/'), b'')
    z.writestr(zipfile.ZipInfo('üñí.txt'), b'x')
    zi = zipfile.ZipInfo('com.txt'); zi.comment = b'a comment'; zi.extra = b'\x99\x99\x02\x00ab'
    z.writestr(zi, b'')
    z.comment = b'archive comment'
data = b.getvalue()
print(len(data), hashlib.md5(data).hexdigest())
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist())
    for i in z.infolist(): print(i, i.CRC, i.header_offset, i.date_time, i.flag_bits, i.create_system, i.create_version, i.extract_version, i.extra, i.comment, i._raw_time)
    z.printdir()
    print(z.read('a.txt')[:20], len(z.read('dir/b.bin')), z.read('c.txt')[:10].decode())
    print(z.comment, z.testzip())
    with z.open('a.txt') as f:
        print(f.readline(), f.read(5), f.tell(), f.seek(3), f.read(4), f.seek(-3, 2), f.read())
        f.seek(0); print(list(f)[:2], f.readlines())
    with z.open('dir/b.bin') as f:
        print(f.read(10), f.seek(2000), f.read(3), f.seek(5), f.read(2), f.peek(2)[:2], f.read1(3))
    t(lambda: z.getinfo('nope'))
    t(lambda: z.open('x', 'q'))
    t(lambda: z.writestr('x', b''))
    f = z.open('c.txt'); print(f.read(3)); f.close(); print(f.closed)
    t(lambda: f.read())
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'junk' * 10)))
t(lambda: zipfile.ZipFile(io.BytesIO(b'junk')))
t(lambda: zipfile.ZipFile(io.BytesIO(b''), 'q'))
t(lambda: zipfile.ZipFile(io.BytesIO(b''), 'w', compression=99))
t(lambda: zipfile.ZipInfo('a', (1979,1,1,0,0,0)))
zi = zipfile.ZipInfo('x'); print(zi, zi.is_dir(), zipfile.ZipInfo('d/').is_dir())
zi.external_attr = 0o100644 << 16 | 0x20; zi.compress_type = 8; zi.file_size = 10; zi.compress_size=5; print(zi)
zi = zipfile.ZipInfo('d/'); zi.external_attr = 0o40755 << 16 | 0x10; print(zi)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    with open(p, 'wb') as fh: fh.write(b'file data ' * 30)
    os.utime(p, (1600000000, 1600000000))
    os.mkdir(os.path.join(d, 'sd')); os.utime(os.path.join(d,'sd'), (1600000000, 1600000000))
    zp = os.path.join(d, 'out.zip')
    with zipfile.ZipFile(zp, 'w', zipfile.ZIP_DEFLATED) as z:
        z.write(p, 'f.txt')
        z.write(os.path.join(d, 'sd'), 'sd')
        z.mkdir('made')
        print(repr(z).replace(d, 'D'))
    print(repr(z))
    with open(zp, 'rb') as fh: zd = fh.read()
    print(len(zd))
    with zipfile.ZipFile(zp, 'a') as z:
        z.writestr(zipfile.ZipInfo('app.txt'), b'appended')
    with zipfile.ZipFile(zp) as z:
        print([(i.filename, i.file_size, i.compress_size, oct(i.external_attr), i.date_time) for i in z.infolist()])
        out = os.path.join(d, 'ex')
        z.extractall(out)
        print(sorted(os.listdir(out)), open(os.path.join(out, 'app.txt')).read())
        print(z.extract('f.txt', out).replace(d, 'D'))
    with zipfile.ZipFile(zp, 'x') if False else zipfile.ZipFile(os.path.join(d, 'n.zip'), 'x') as z:
        with z.open('w.txt', 'w') as w:
            w.write(b'abc'); w.write(memoryview(b'def'))
            t(lambda: z.writestr('q', b''))
        print(z.getinfo('w.txt').file_size)

zi = zipfile.ZipInfo('m')
print(sys.getsizeof(zi), gc.is_tracked(zi), zipfile.ZipInfo.__slots__[:3])
try:
    zi.bogus = 1
except AttributeError as e:
    print('AttributeError', e)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
print(issubclass(zipfile.LargeZipFile, Exception), zipfile.sizeFileHeader, zipfile.sizeCentralDir, zipfile.sizeEndCentDir)
b = io.BytesIO()
with zipfile.ZipFile(b, 'w', allowZip64=False) as z:
    z.writestr(zipfile.ZipInfo('s'), b'small')
    try:
        with z.open(zipfile.ZipInfo('f'), 'w', force_zip64=True) as w:
            pass
    except ValueError as e:
        print('ValueError', e)
print(hashlib.md5(b.getvalue()).hexdigest())
b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    with z.open(zipfile.ZipInfo('big'), 'w', force_zip64=True) as w:
        w.write(b'zip64 data')
print(hashlib.md5(b.getvalue()).hexdigest())
with zipfile.ZipFile(b) as z:
    i = z.getinfo('big'); print(i.extract_version, i.file_size, z.read('big'))
