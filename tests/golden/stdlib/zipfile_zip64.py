import zipfile, io, hashlib, struct
def t(f):
    try: r = f(); print(repr(r))
    except Exception as x: print(type(x).__name__, x)
class T:
    def __init__(self, base): self.b = io.BytesIO(); self.base = base
    def write(self, d): return self.b.write(d)
    def tell(self): return self.base + self.b.tell()
    def flush(self): pass
s = T(1 << 32)
z = zipfile.ZipFile(s, 'w', allowZip64=False)
t(lambda: z.writestr(zipfile.ZipInfo('a'), b'x'))
zi = zipfile.ZipInfo('b'); zi.file_size = 1 << 32
t(lambda: z.open(zi, 'w'))
t(lambda: z.close())
print(s.b.getvalue())
s = T(1 << 32)
z = zipfile.ZipFile(s, 'w')
z.writestr(zipfile.ZipInfo('a'), b'x')
z.writestr(zipfile.ZipInfo('b'), b'yy' * 50, compress_type=8)
z.comment = b'z64'
z.close()
d = s.b.getvalue(); print(len(d), hashlib.md5(d).hexdigest())
# a zip64 archive at a shifted position: read it back
big = b'\0' * 0
b = io.BytesIO()
z = zipfile.ZipFile(b, 'w')
with z.open(zipfile.ZipInfo('f64'), 'w', force_zip64=True) as w: w.write(b'forced')
zi = zipfile.ZipInfo('x'); z.writestr(zi, b'1234')
z.getinfo('x').header_offset += 0  # unchanged
z.close()
d = b.getvalue(); print(hashlib.md5(d).hexdigest())
for pre in (b'', b'PREFIX--'):
    z = zipfile.ZipFile(io.BytesIO(pre + d))
    for i in z.infolist(): print(i, i.header_offset, i.extract_version, i.create_version, i.extra)
    print(z.read('f64'), z.read('x'), z.start_dir)
# fabricate a CD with zip64 extras (sizes and offset)
b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr(zipfile.ZipInfo('p'), b'payload')
d = bytearray(b.getvalue())
cd = d.index(b'PK\x01\x02')
head = bytearray(d[cd:cd+46]); name = d[cd+46:cd+47]
struct.pack_into('<LL', head, 20, 0xFFFFFFFF, 0xFFFFFFFF)
struct.pack_into('<L', head, 42, 0xFFFFFFFF)
ext = struct.pack('<HHQQQ', 1, 24, 7, 7, 0)
struct.pack_into('<H', head, 30, len(ext))
newcd = bytes(head) + bytes(name) + ext
newd = bytes(d[:cd]) + newcd + struct.pack('<4s4H2LH', b'PK\x05\x06', 0, 0, 1, 1, len(newcd), cd, 0)
z = zipfile.ZipFile(io.BytesIO(newd))
i = z.infolist()[0]; print(i, i.file_size, i.compress_size, i.header_offset, z.read('p'))
for bad in (struct.pack('<HHQ', 1, 8, 7), struct.pack('<HHQQ', 1, 16, 7, 7), struct.pack('<HHQQ', 1, 20, 7, 7), b'\x01\x00'):
    h = bytearray(head); struct.pack_into('<H', h, 30, len(bad))
    c2 = bytes(h) + bytes(name) + bad
    nd = bytes(d[:cd]) + c2 + struct.pack('<4s4H2LH', b'PK\x05\x06', 0, 0, 1, 1, len(c2), cd, 0)
    t(lambda: zipfile.ZipFile(io.BytesIO(nd)).infolist()[0].header_offset)
