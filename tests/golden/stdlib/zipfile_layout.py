# Byte layout of written archives: local headers, descriptors, central
# directory and end records, decoded field by field.
import struct, zipfile, io, os, tempfile
def dump(data):
    i = 0
    while i < len(data):
        sig = data[i:i+4]
        if sig == b'PK\x03\x04':
            f = struct.unpack('<4sHHHHHIIIHH', data[i:i+30])
            n, e = f[-2], f[-1]
            print('LFH@%d ver=%d flag=%#x meth=%d time=%#x date=%#x crc=%#x csize=%d usize=%d nlen=%d elen=%d' % ((i,)+f[1:]), data[i+30:i+30+n], data[i+30+n:i+30+n+e].hex())
            i += 30+n+e
            # skip data: find next PK
            j = data.find(b'PK', i)
            print('  data:', data[i:j].hex() if j - i < 40 else '%d bytes' % (j-i)); i = j
        elif sig == b'PK\x07\x08':
            print('DD@%d' % i, data[i:i+24].hex()); j = data.find(b'PK', i+4); i = j
        elif sig == b'PK\x01\x02':
            f = struct.unpack('<4sBBBBHHHHIIIHHHHHII', data[i:i+46])
            n, e, c = f[-7], f[-6], f[-5]
            print('CD@%d cver=%d csys=%d ever=%d esys=%d flag=%#x meth=%d time=%#x date=%#x crc=%#x csize=%d usize=%d nlen=%d elen=%d clen=%d disk=%d iattr=%d eattr=%#x off=%d' % ((i,)+f[1:]), data[i+46:i+46+n], data[i+46+n:i+46+n+e].hex(), data[i+46+n+e:i+46+n+e+c])
            i += 46+n+e+c
        elif sig == b'PK\x05\x06':
            f = struct.unpack('<4sHHHHIIH', data[i:i+22])
            print('EOCD@%d' % i, f[1:], data[i+22:]); i = len(data)
        elif sig == b'PK\x06\x06':
            f = struct.unpack('<4sQHHIIQQQQ', data[i:i+56])
            print('EOCD64@%d' % i, f[1:]); i += 56
        elif sig == b'PK\x06\x07':
            print('LOC64@%d' % i, struct.unpack('<4sIQI', data[i:i+20])[1:]); i += 20
        else:
            j = data.find(b'PK', i+1)
            if j < 0: j = len(data)
            print('?? @%d' % i, data[i:j][:60]); i = j
def t(f):
    try: r = f(); print(repr(r))
    except Exception as x: print(type(x).__name__, x)
b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr(zipfile.ZipInfo('a.txt', (1980,1,1,0,0,0)), b'hello')
    z.writestr(zipfile.ZipInfo('d.txt', (2020,5,17,13,45,58)), b'hello'*10, compress_type=8)
    z.writestr(zipfile.ZipInfo('ü'), 'abc')
    z.writestr(zipfile.ZipInfo('dir/'), '')
    with z.open('w1', 'w') as w: w.write(b'xyz')
    zi = zipfile.ZipInfo('w3'); zi.compress_type = 8
    with z.open(zi, 'w') as w: w.write(b'xyz')
    with z.open(zipfile.ZipInfo('w4'), 'w', force_zip64=True) as w: w.write(b'xyz')
    z.writestr(zipfile.ZipInfo('empty8'), b'', compress_type=8)
    zi = zipfile.ZipInfo('w5'); zi.extract_version=10; zi.create_version=10; zi.create_system=0; zi.flag_bits=0x808; zi.volume=3; zi.internal_attr=1; zi.reserved=3
    z.writestr(zi, b'abc')
    print(zi.extract_version, zi.create_version, zi.flag_bits, zi.header_offset, zi.compress_size, zi.file_size, zi.CRC, zi._compresslevel, zi.volume, zi.reserved)
    zi = zipfile.ZipInfo('v'); zi.extract_version=50; zi.create_version=60
    with z.open(zi, 'w', force_zip64=True) as w: pass
    print(zi.extract_version, zi.create_version)
dump(b.getvalue())
for i in zipfile.ZipFile(b).infolist(): print(i.filename, i.reserved, i.volume, i.flag_bits, i.create_system)
# prefixes, appends, comments
b = io.BytesIO(); b.write(b'#!prefix\n')
with zipfile.ZipFile(b, 'a') as z:
    z.writestr(zipfile.ZipInfo('p'), b'payload')
dump(b.getvalue())
b = io.BytesIO(); b.write(b'#!prefix\n')
with zipfile.ZipFile(b, 'w') as z:
    z.writestr(zipfile.ZipInfo('p'), b'payload')
dump(b.getvalue())
b2 = io.BytesIO()
with zipfile.ZipFile(b2, 'w') as z:
    z.writestr(zipfile.ZipInfo('p'), b'payload')
d = b'XXXXX' + b2.getvalue()
with zipfile.ZipFile(io.BytesIO(d)) as z:
    print(z.infolist()[0].header_offset, z.read('p'), z.start_dir)
b = io.BytesIO(d)
with zipfile.ZipFile(b, 'a') as z:
    z.writestr(zipfile.ZipInfo('q'), b'more')
dump(b.getvalue())
b = io.BytesIO(b2.getvalue())
with zipfile.ZipFile(b, 'a') as z:
    pass
print(b.getvalue() == b2.getvalue())
b = io.BytesIO(b2.getvalue())
with zipfile.ZipFile(b, 'a') as z:
    z.comment = b'new'
dump(b.getvalue())
with zipfile.ZipFile(b, 'a') as z:
    z.comment = b''
print(len(b.getvalue()))
b = io.BytesIO(b'x' * 300)
with zipfile.ZipFile(b, 'w') as z: pass
print(len(b.getvalue()), b.getvalue()[:30])
b = io.BytesIO(b'x' * 300); b.seek(10)
with zipfile.ZipFile(b, 'w') as z: z.writestr(zipfile.ZipInfo('a'), b'1')
print(len(b.getvalue()), b.getvalue()[:12]); dump(b.getvalue()[10:])
b = io.BytesIO(b'garbage')
with zipfile.ZipFile(b, 'a') as z: pass
print(b.getvalue())
# unseekable output: data descriptors
class NS:
    def __init__(self): self.b = io.BytesIO()
    def write(self, d): return self.b.write(d)
    def flush(self): pass
s = NS()
with zipfile.ZipFile(s, 'w', 8) as z:
    z.writestr(zipfile.ZipInfo('a', (2000,1,1,0,0,0)), b'abc', compress_type=0)
    z.mkdir('m')
    with z.open('o', 'w') as w: w.write(b'aaaa')
    zi = zipfile.ZipInfo('ea'); zi.external_attr = 0o644 << 16
    z.writestr(zi, b'')
    z.writestr(zipfile.ZipInfo('ed/'), b'')
    with z.open(zipfile.ZipInfo('d'), 'w', force_zip64=True) as w: w.write(b'streamed')
    z.comment = b'hi'
dump(s.b.getvalue())
# files and directories from the file system
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    with open(p, 'wb') as fh: fh.write(b'file data ' * 30)
    os.utime(p, (1600000000, 1600000000))
    os.mkdir(os.path.join(d, 'sd')); os.utime(os.path.join(d,'sd'), (1600000000, 1600000000))
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.write(p, 'f.txt')
        z.write(p, '/x/../y//./f.txt', compress_type=0)
        z.write(os.path.join(d, 'sd'), 'sd')
        z.mkdir('made')
        z.mkdir('made2/', 0o700)
        zi = zipfile.ZipInfo('made3/'); zi.CRC=0; zi.external_attr=0o40755<<16|0x10; z.mkdir(zi)
        z.writestr(zipfile.ZipInfo('e'), '', compress_type=8)
        print(zipfile.ZipInfo.from_file(p, 'a/../b'), zipfile.ZipInfo.from_file(os.path.join(d, 'sd')).filename.replace(d[1:], 'D'))
        for i in z.infolist(): print(i, i.compress_type, i._compresslevel, i.flag_bits)
    dump(b.getvalue())
# zip64 fields in the central directory
b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr(zipfile.ZipInfo('a'), b'1'); z.writestr(zipfile.ZipInfo('b'), b'2')
    z.getinfo('a').header_offset = 1 << 32
    z.getinfo('a').file_size = 1 << 32
    z.getinfo('b').compress_size = 1 << 33
    z.getinfo('b').extra = b'\x01\x00\x08\x00' + b'\x07' * 8 + b'\xaa\xaa\x01\x00Z'
dump(b.getvalue())
# FileHeader by itself
zi = zipfile.ZipInfo('a')
zi.file_size = 3; zi.CRC = 5; zi.compress_size = 3
print(zi.FileHeader())
print(zi.FileHeader(True))
zi.extra = b'\x01\x00\x10\x00' + b'\0'*16 + b'\x99\x99\x00\x00'
print(zi.FileHeader(True))
zi.extra = b''
zi.file_size = 1<<33
print(zi.FileHeader())
zi.flag_bits = 8
print(zi.FileHeader())
zi.flag_bits = 0; zi.file_size = 3
zi.compress_type = 12; print(zi.FileHeader()[:8]); zi.compress_type = 14; print(zi.FileHeader()[:8])
zi.compress_type = 0; zi.extract_version = 10; print(zi.FileHeader()[:8])
zi.filename = 'ü'; print(zi.FileHeader())
for ct, z64 in [(0, None), (0, True), (12, None), (14, None)]:
    zi = zipfile.ZipInfo('a'); zi.file_size = 3; zi.CRC = 5; zi.compress_size = 3; zi.compress_type = ct
    zi.FileHeader(z64); print(zi.extract_version, zi.create_version)
zi = zipfile.ZipInfo('a'); zi.file_size = 3; zi.CRC = 5; zi.compress_size = 3; zi.extract_version = 50
zi.FileHeader(True); print(zi.extract_version, zi.create_version)
