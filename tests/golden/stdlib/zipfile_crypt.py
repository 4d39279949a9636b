import zipfile, io, zlib, struct
def t(f):
    try: r = f(); print(repr(r))
    except Exception as x: print(type(x).__name__, x)
# a tiny traditional-PKWARE encrypter, to build test archives
TABLE = []
for n in range(256):
    c = n
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    TABLE.append(c)
class Cipher:
    def __init__(self, pw):
        self.a, self.b, self.c = 0x12345678, 0x23456789, 0x34567890
        for ch in pw: self.upd(ch)
    def upd(self, ch):
        self.a = TABLE[(self.a ^ ch) & 0xff] ^ (self.a >> 8)
        self.b = ((self.b + (self.a & 0xff)) * 134775813 + 1) & 0xffffffff
        self.c = TABLE[(self.c ^ (self.b >> 24)) & 0xff] ^ (self.c >> 8)
    def enc(self, data):
        out = bytearray()
        for ch in data:
            k = self.c | 2
            out.append(ch ^ (((k * (k ^ 1)) >> 8) & 0xff))
            self.upd(ch)
        return bytes(out)
def encrypted_zip(entries, pw):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        for name, data, method in entries:
            z.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    src = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    infos = []
    for info in src.infolist():
        raw = b.getvalue()[info.header_offset + 30 + len(info.filename): info.header_offset + 30 + len(info.filename) + info.compress_size]
        c = Cipher(pw)
        head = c.enc(bytes(range(11)) + bytes([info.CRC >> 24]))
        body = c.enc(raw)
        info.flag_bits |= 1
        info.compress_size += 12
        info.header_offset = out.tell()
        out.write(info.FileHeader(False))
        out.write(head + body)
        infos.append(info)
    cd = out.tell()
    for info in infos:
        dt = info.date_time
        out.write(struct.pack('<4s4B4HL2L5H2L', b'PK\x01\x02', 20, 3, 20, 0, info.flag_bits, info.compress_type, info._raw_time, ((dt[0]-1980) << 9) | (dt[1] << 5) | dt[2], info.CRC, info.compress_size, info.file_size, len(info.filename), 0, 0, 0, 0, info.external_attr, info.header_offset) + info.filename.encode())
    end = out.tell()
    out.write(struct.pack('<4s4H2LH', b'PK\x05\x06', 0, 0, len(infos), len(infos), end - cd, cd, 0))
    return out.getvalue()
data = encrypted_zip([('secret.txt', b'top secret ' * 20, 8), ('plain', b'stored secret', 0)], b'hunter2')
z = zipfile.ZipFile(io.BytesIO(data))
for i in z.infolist(): print(i, i.flag_bits)
t(lambda: z.read('secret.txt'))
t(lambda: z.read('secret.txt', pwd=b'wrong'))
t(lambda: z.read('secret.txt', pwd='hunter2'))
t(lambda: z.read('secret.txt', pwd=b'hunter2'))
t(lambda: z.read('plain', pwd=b'hunter2'))
t(lambda: z.testzip())
z.setpassword(b'hunter2')
t(lambda: z.read('plain'))
t(lambda: z.testzip())
with z.open('secret.txt') as f:
    print(repr(f)); print(f.read(5), f.seek(100), f.read(5), f.seek(2), f.read(4))
z.setpassword(b'bad')
t(lambda: z.read('plain'))
t(lambda: z.read('plain', b'hunter2'))
