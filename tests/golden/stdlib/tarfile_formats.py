# Header bytes of the three formats: long names, links, numbers that do not
# fit, pax records, global headers, field codecs.
import io, hashlib, tarfile

def t(f):
    try:
        r = f(); print(repr(r))
    except Exception as x:
        print(type(x).__name__, x)

def blocks(data):
    # readable summary of each 512-byte block
    out = []
    for i in range(0, len(data), 512):
        b = data[i:i + 512]
        if b == bytes(512):
            out.append('<zeros>')
        else:
            out.append((b[:100].rstrip(b'\0'), b[100:156], b[156:157], b[157:257].rstrip(b'\0'),
                        b[257:265], b[265:345].replace(b'\0', b''), b[345:500].rstrip(b'\0')))
    return out

def mk(name, **kw):
    ti = tarfile.TarInfo(name)
    for k, v in kw.items():
        setattr(ti, k, v)
    return ti

cases = [
    mk('plain'),
    mk('d', type=tarfile.DIRTYPE, mode=0o40755),
    mk('n' * 120, type=tarfile.SYMTYPE, linkname='l' * 120),
    mk('a' * 60 + '/' + 'b' * 60),
    mk('ü/é' * 3, uname='ünï', gname='g' * 40),
    mk('big', uid=8 ** 7, gid=-3, size=8 ** 11 + 1, mtime=-1),
    mk('f', mtime=1.5),
    mk('f2', mtime=2.5),
    mk('f3', mtime=1e11),
    mk('dev', type=tarfile.BLKTYPE, devmajor=8, devminor=300),
    mk('fifo', type=tarfile.FIFOTYPE, mode=0o7777),
    mk('p', pax_headers={'comment': 'hi', 'path': 'override', 'mtime': '7'}, mtime=3.25),
]
for ti in cases:
    for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
        try:
            buf = ti.tobuf(fmt)
        except Exception as x:
            print(ti.name[:20], fmt, type(x).__name__, x)
            continue
        print(ti.name[:20], fmt, len(buf), hashlib.md5(buf).hexdigest())
        for b in blocks(buf):
            print('   ', b)
        back = tarfile.open(fileobj=io.BytesIO(buf + bytes(1024)))
        m = back.next()
        print('    back', m.name[:30], m.linkname[:10], m.uid, m.gid, m.size, m.mtime, oct(m.mode), m.type,
              m.uname, m.gname, m.devmajor, m.devminor, sorted(m.pax_headers.items()))

t(lambda: mk('x' * 156 + '/y').tobuf(0))
t(lambda: mk('x' * 50 + '/' + 'y' * 101).tobuf(0))
t(lambda: mk('q', linkname='l' * 101).tobuf(0))
t(lambda: mk('q', uid=-1).tobuf(0))
t(lambda: mk('q', size=8 ** 11).tobuf(0))
t(lambda: mk('q', uid=256 ** 7).tobuf(1))
t(lambda: mk('q', uid=-256 ** 7).tobuf(1)[108:116])
t(lambda: mk('ü').tobuf(0, 'ascii'))
t(lambda: mk('ü').tobuf(0, 'ascii', 'replace')[:4])
t(lambda: mk('ü').tobuf(1, 'latin-1')[:4])
t(lambda: mk('q', type=None).tobuf())

# global pax headers
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w', pax_headers={'glob': 'al', 'uname': 'gu', 'mtime': '5.5'}) as tf:
    print(tf.pax_headers, tf.offset)
    tf.addfile(tarfile.TarInfo('a'))
    ti = tarfile.TarInfo('b'); ti.pax_headers = {'x': 'y'}
    tf.addfile(ti)
print(len(b.getvalue()), hashlib.md5(b.getvalue()).hexdigest())
for blk in blocks(b.getvalue()[:2560]):
    print('   ', blk)
with tarfile.open(fileobj=io.BytesIO(b.getvalue())) as tf:
    print(tf.pax_headers)
    for m in tf:
        print(m.name, m.offset, m.offset_data, m.uname, m.mtime, sorted(m.pax_headers.items()))
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w', format=tarfile.GNU_FORMAT, pax_headers={'glob': 'al'}) as tf:
    print(tf.pax_headers)
print(len(b.getvalue()))
print(tarfile.TarInfo.create_pax_global_header({'k': 'v' * 95})[512:620])

# codecs
for n in (0, 7, 8 ** 7 - 1, 8 ** 7, -1, 1.9, True):
    for fmt in (0, 1, 2):
        t(lambda: tarfile.itn(n, 8, fmt))
t(lambda: tarfile.itn(8 ** 11, 12, 1))
t(lambda: tarfile.itn(5, 3))
for s in (b'0000012\0', b'   12 \0', b'\0' * 8, b'\x80\0\0\0\0\0\x01\0', b'\xff' * 8, b'\xff\xff\xff\xff\xff\xff\xff\xfe', b'12x', b'0o17', b'8'):
    t(lambda: tarfile.nti(s))
t(lambda: tarfile.nts(b'abc', 'ascii', 'strict'))
t(lambda: tarfile.nts(b'\xff\0x', 'utf-8', 'surrogateescape'.replace('surrogateescape', 'replace')))
t(lambda: tarfile.stn('abcdef', 3, 'ascii', 'strict'))
t(lambda: tarfile.stn('é', 4, 'utf-8', 'strict'))
print(tarfile.calc_chksums(bytes(512)), tarfile.calc_chksums(b'\xff' * 512), tarfile.calc_chksums(mk('x').tobuf()))
