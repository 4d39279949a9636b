# crc32 and adler32: starting values, running values, other buffers, errors; the
# module's constants.
import zlib
import binascii

samples = [b'', b'a', b'abc', b'hello world', bytes(range(256)) * 30, b'\xff' * 6000]
for s in samples:
    print(len(s), zlib.crc32(s), zlib.adler32(s), binascii.crc32(s) == zlib.crc32(s))
for start in (0, 1, 5, 0xffffffff, -1, 2**32 + 7, 2**70, True):
    print(start, zlib.crc32(b'abc', start), zlib.adler32(b'abc', start))
crc = 0
adl = 1
for s in samples:
    crc = zlib.crc32(s, crc)
    adl = zlib.adler32(s, adl)
print(crc == zlib.crc32(b''.join(samples)), adl == zlib.adler32(b''.join(samples)))
print(zlib.crc32(bytearray(b'abc')), zlib.crc32(memoryview(b'xabc')[1:]), zlib.adler32(bytearray(100)))
for f in (zlib.crc32, zlib.adler32):
    for args, kwargs in [((), {}), ((b'', 1, 2), {}), ((b'',), {'value': 1}),
                         (('abc',), {}), ((1,), {}), ((b'', 1.0), {}), ((b'', 'x'), {})]:
        try:
            print(f(*args, **kwargs))
        except Exception as e:
            print(type(e).__name__, e)
for name in sorted(n for n in dir(zlib) if not n.startswith('_')):
    v = getattr(zlib, name)
    if isinstance(v, (int, str)):
        print(name, repr(v))
print(zlib.__version__)
