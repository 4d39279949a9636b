# gzip: GzipFile reading in pieces across members, seeking, readline limits,
# write-mode seeks, corrupt members, and the text mode's newline handling.
import gzip
import io
import random
import struct
import zlib


def t(label, f):
    try:
        r = f()
        print(label, repr(r)[:120])
    except Exception as e:
        print(label, type(e).__name__, e)


rnd = random.Random(5)
words = [b'alpha', b'beta', b'gamma', b'\n', b' ', b'delta\n']
big = b''.join(rnd.choice(words) for _ in range(40000))
members = gzip.compress(big[:100000], mtime=1) + b'\0\0\0' + gzip.compress(big[100000:], 1, mtime=2)
print(len(big), len(members))

f = gzip.GzipFile(fileobj=io.BytesIO(members))
pieces = []
sizes = [1, 7, 100, 5000, 9000, 70000, 3]
while True:
    chunk = f.read(sizes[len(pieces) % len(sizes)])
    if not chunk:
        break
    pieces.append(chunk)
print(b''.join(pieces) == big, len(pieces), f.tell(), f.mtime)
print(f.seek(0), f.read(10), f.seek(150000), f.read(8), f.tell(), f.seek(-5, 1), f.read(5))
print(f.seek(-4, 2), f.read(), f.seek(99998), f.read(4) == big[99998:100002])
print(f.seek(10 ** 7), f.read(), f.tell())
t('whence', lambda: f.seek(0, 5))
f.rewind()
print(f.readline(3), f.readline(), f.readline(0), len(f.readline(100000)))
lines = f.readlines()
print(len(lines), lines[-1], b''.join(lines) == big[len(big) - sum(map(len, lines)):])
f.seek(0)
buf = bytearray(12)
print(f.readinto(buf), bytes(buf), len(f.peek(1)) > 0, len(f.read1(3)), f.tell())
f.close()
print(f.closed, f.close())
t('read closed', lambda: f.read(1))
t('iter closed', lambda: list(f))

# Headers with every optional field, read through a file object.
body = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = body.compress(b'fields\nand more') + body.flush()
hdr = bytes([0x1f, 0x8b, 8, gzip.FTEXT | gzip.FEXTRA | gzip.FNAME | gzip.FCOMMENT | gzip.FHCRC])
hdr += struct.pack('<I', 424242) + b'\x00\x03' + b'\x04\x00xyzw' + b'name\x00' + b'comment\x00'
hdr += struct.pack('<H', zlib.crc32(hdr) & 0xffff)
full = hdr + raw + struct.pack('<II', zlib.crc32(b'fields\nand more'), 15)
g = gzip.GzipFile(fileobj=io.BytesIO(full + full))
print(g.readline(), g.mtime, g.read())

for label, data in (('crc', full[:-8] + struct.pack('<II', 1, 15)),
                    ('length', full[:-4] + struct.pack('<I', 16)),
                    ('truncated trailer', full[:-3]),
                    ('second bad', full + b'\x1f\x8b\x09' + full[3:]),
                    ('second junk', full + b'junk'),
                    ('one byte', full + b'\x1f')):
    t(label, lambda: gzip.GzipFile(fileobj=io.BytesIO(data)).read())
    t(label + ' (decompress)', lambda: gzip.decompress(data))

# Writing: seek pads with zeros, tell counts uncompressed bytes.
out = io.BytesIO()
w = gzip.GzipFile(fileobj=out, mode='wb', mtime=0, compresslevel=6)
print(w.write(b'abc'), w.seek(2000), w.seek(10, 1), w.tell(), w.write(bytearray(b'xyz')))
t('seek end', lambda: w.seek(0, 2))
t('seek back', lambda: w.seek(3))
t('readline', lambda: w.readline())
t('read1', lambda: w.read1(1))
t('peek', lambda: w.peek(1))
t('rewind', lambda: w.rewind())
print(repr(w).startswith('<gzip _io.BytesIO object at 0x'), w.readable(), w.writable())
w.close()
data = gzip.decompress(out.getvalue())
print(len(data), data[:5], data[-5:], out.getvalue()[:10].hex())

# Text mode.
out = io.BytesIO()
with gzip.open(out, 'wt', encoding='utf-8', newline='\r') as tf:
    print(tf.write('one\ntwo\r\nthree\u20ac'), tf.writable(), tf.readable())
    tf.writelines(['\nx', 'y\n'])
print(gzip.decompress(out.getvalue()))
for newline in (None, '', '\n', '\r', '\r\n'):
    with gzip.open(io.BytesIO(out.getvalue()), 'rt', encoding='utf-8', newline=newline) as tf:
        print(repr(newline), tf.readline(2), tf.readlines())
with gzip.open(io.BytesIO(out.getvalue()), 'rt', encoding='utf-8') as tf:
    print(repr(tf.read(5)), repr(tf.read(0)), repr(tf.readline()), repr(tf.read()), repr(tf.read()))
    print(tf.encoding, tf.buffer.__class__.__name__, tf.closed)
print(tf.closed)
t('text closed', lambda: tf.read())
t('newline', lambda: gzip.open(io.BytesIO(), 'rt', newline='x'))
t('mode', lambda: gzip.open(io.BytesIO(), 'r+').mode)
t('GzipFile mode', lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='rU'))
