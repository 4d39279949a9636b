# gzip.compress / gzip.decompress: header bytes, levels, mtime, multi-member data,
# and the errors of bad input.
import gzip
import struct
import zlib


def t(label, f):
    try:
        r = f()
        print(label, repr(r)[:160])
    except Exception as e:
        print(label, type(e).__name__, e)


data = b'hello world, ' * 30
for level in (0, 1, 2, 6, 9):
    for mtime in (0, 5, 1234567890):
        c = gzip.compress(data, level, mtime=mtime)
        print(level, mtime, c[:10].hex(), len(c), zlib.crc32(c))
        assert gzip.decompress(c) == data
print(gzip.compress(b'', mtime=1).hex())
print(gzip.compress(b'abc', compresslevel=1, mtime=2).hex())
c = gzip.compress(b'now')
print(c[:4].hex(), c[8:10].hex(), gzip.decompress(c))
print(gzip.decompress(bytearray(gzip.compress(b'buffer', mtime=3))))

one = gzip.compress(b'first ', mtime=1)
two = gzip.compress(b'second', mtime=2)
print(gzip.decompress(one + two))
print(gzip.decompress(one + b'\0' * 5 + two + b'\0\0'))
print(gzip.decompress(b''))

# A header with every optional field.
body = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = body.compress(b'fields') + body.flush()
hdr = bytes([0x1f, 0x8b, 8, gzip.FTEXT | gzip.FEXTRA | gzip.FNAME | gzip.FCOMMENT | gzip.FHCRC])
hdr += struct.pack('<I', 99) + b'\x00\x03' + b'\x04\x00xyzw' + b'name\x00' + b'comment\x00'
hdr += struct.pack('<H', zlib.crc32(hdr) & 0xffff)
full = hdr + raw + struct.pack('<II', zlib.crc32(b'fields'), 6)
print(gzip.decompress(full))
print(zlib.decompress(full, 31), zlib.decompress(full, 47))

t('not gzip', lambda: gzip.decompress(b'xx'))
t('trailing junk', lambda: gzip.decompress(one + b'junk'))
t('truncated', lambda: gzip.decompress(one[:-3]))
t('header only', lambda: gzip.decompress(one[:5]))
t('method', lambda: gzip.decompress(b'\x1f\x8b\x07' + one[3:]))
bad = bytearray(one)
bad[-5] ^= 1
t('crc', lambda: gzip.decompress(bytes(bad)))
bad = bytearray(one)
bad[-2] ^= 1
t('length', lambda: gzip.decompress(bytes(bad)))
t('str', lambda: gzip.compress('text'))
t('level', lambda: gzip.compress(b'x', 10))
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
print(gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
