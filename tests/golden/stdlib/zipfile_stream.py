import io, os, hashlib
if False:
    import zf as zipfile
else:
    import zipfile
class NS:
    def __init__(self): self.b = io.BytesIO()
    def write(self, d): return self.b.write(d)
    def flush(self): pass
s = NS()
with zipfile.ZipFile(s, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo('a', (2000,1,1,0,0,0)), b'abc' * 100)
    with z.open(zipfile.ZipInfo('b', (2000,1,1,0,0,0)), 'w') as w:
        w.write(b'streamed')
data = s.b.getvalue()
print(len(data), hashlib.md5(data).hexdigest())
with zipfile.ZipFile(io.BytesIO(data)) as z:
    for i in z.infolist(): print(i, i.flag_bits, z.read(i))
    z.setpassword(b'pw'); print(z.pwd)
    try: z.setpassword('x')
    except TypeError as e: print(e)
# self-extractor style prefix
b = io.BytesIO(); b.write(b'#!prefix\n')
with zipfile.ZipFile(b, 'a') as z:
    z.writestr(zipfile.ZipInfo('p'), b'payload')
data = b.getvalue(); print(hashlib.md5(data).hexdigest())
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.read('p'), z.infolist()[0].header_offset)
# corrupted CRC
bad = bytearray(data); i = bad.index(b'payload'); bad[i] ^= 1
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    print(z.testzip())
    try: z.read('p')
    except zipfile.BadZipFile as e: print('BadZipFile', e)
