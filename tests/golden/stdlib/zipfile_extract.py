# Writing streams, modes 'x'/'a' on files, extraction, timestamps, metadata_encoding.
import zipfile, io, os, hashlib, tempfile, warnings
def t(f):
    try: r = f(); print(repr(r))
    except Exception as x:
        tmp_ = globals().get('tmp')
        print(type(x).__name__, str(x).replace(tmp_, 'T') if tmp_ else x)
b = io.BytesIO()
z = zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED, compresslevel=9)
w = z.open('q', 'w')
print(w.writable(), w.readable(), w.seekable(), w.closed, w.write(b'ab'), w.write(bytearray(b'cd')), w.write(memoryview(b'xyz')[1:]))
import array
print(w.write(array.array('i', [1, 2])))
t(lambda: w.write('str'))
t(lambda: w.read())
t(lambda: w.tell())
t(lambda: w.seek(0))
t(lambda: w.flush())
with w: pass
print(w.closed); w.close()
t(lambda: w.write(b'x'))
t(lambda: z.open('q', 'r').read())
zi = z.getinfo('q'); print(zi, zi.CRC, zi._compresslevel, zi.compress_type)
z.writestr('lvl0', b'aaaa' * 100, compresslevel=0)
z.writestr('st', b'aaaa' * 100, compress_type=zipfile.ZIP_STORED)
zi = zipfile.ZipInfo('zi', (2010, 6, 7, 8, 9, 11)); zi.compress_type = 8; zi.comment = b'c'; zi.internal_attr = 1
z.writestr(zi, 'unicode ☃ text')
z.comment = b'the end'
z.close()
d = b.getvalue(); print(len(d))  # str names get the current time: no md5
z = zipfile.ZipFile(io.BytesIO(d))
for i in z.infolist():
    print(i, i.date_time if i.filename == 'zi' else '-', i.comment, i.internal_attr, i.compress_type, i.CRC, i.header_offset, i.external_attr)
print(z.read('zi').decode(), z.comment)
# x mode on existing file
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'a.zip')
    with zipfile.ZipFile(p, 'x') as z:
        z.writestr(zipfile.ZipInfo('one'), b'1')
    t(lambda: zipfile.ZipFile(p, 'x'))
    with zipfile.ZipFile(p, 'a') as z:
        z.writestr(zipfile.ZipInfo('two'), b'2')
    with zipfile.ZipFile(p) as z: print(z.namelist())
    p2 = os.path.join(tmp, 'new.zip')
    with zipfile.ZipFile(p2, 'a') as z:
        z.writestr(zipfile.ZipInfo('n'), b'n')
        print(z.mode)
    with zipfile.ZipFile(p2) as z: print(z.namelist(), z.mode)
    import pathlib
    with zipfile.ZipFile(pathlib.Path(p2)) as z: print(z.namelist(), repr(z).replace(tmp, 'T'))
    print(zipfile.is_zipfile(p), zipfile.is_zipfile(pathlib.Path(p)), zipfile.is_zipfile(os.path.join(tmp, 'nope')), zipfile.is_zipfile(tmp))
    with open(os.path.join(tmp, 'f.bin'), 'wb') as fh: fh.write(b'x' * 100)
    print(zipfile.is_zipfile(os.path.join(tmp, 'f.bin')))
    # extraction with hostile names
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        for n in ['../evil.txt', '/abs/path.txt', 'a/./b/../c.txt', 'dir/', 'dir/sub/', 'deep/x/y.txt', './dot.txt']:
            z.writestr(zipfile.ZipInfo(n), b'data:' + n.encode())
    out = os.path.join(tmp, 'out')
    with zipfile.ZipFile(b) as z:
        for n in z.namelist():
            print(n, z.extract(n, out).replace(tmp, 'T'))
        z.extractall(os.path.join(tmp, 'all'), members=['dir/', 'deep/x/y.txt'])
        z.extractall(pathlib.Path(tmp) / 'all2')
    for root, dirs, files in sorted(os.walk(tmp)):
        print(root.replace(tmp, 'T'), sorted(dirs), sorted(files))
    print(open(os.path.join(out, 'a', 'b', 'c.txt'), 'rb').read())
# strict timestamps
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, 'old')
    open(p, 'w').close()
    os.utime(p, (100000, 100000))
    t(lambda: zipfile.ZipInfo.from_file(p))
    print(zipfile.ZipInfo.from_file(p, 'x', strict_timestamps=False).date_time)
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', strict_timestamps=False) as z:
        z.write(p, 'old')
        print(z.getinfo('old').date_time)
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        t(lambda: z.write(p, 'old'))
        print(z.namelist())
    os.utime(p, (4200000000, 4200000000))
    print(zipfile.ZipInfo.from_file(p, 'x', strict_timestamps=False).date_time)
    print(zipfile.ZipInfo.from_file(p, 'x').date_time)
# metadata_encoding
b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr(zipfile.ZipInfo('plain'), b'')
raw = b.getvalue().replace(b'plain', b'pl\x82in')
print(zipfile.ZipFile(io.BytesIO(raw)).namelist())
print(zipfile.ZipFile(io.BytesIO(raw), metadata_encoding='latin-1').namelist())
print(zipfile.ZipFile(io.BytesIO(raw), metadata_encoding='latin-1').read('pl\x82in'))
t(lambda: zipfile.ZipFile(io.BytesIO(), 'w', metadata_encoding='latin-1'))
