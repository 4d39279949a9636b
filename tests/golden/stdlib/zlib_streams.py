# compressobj with strategies, memLevels, window sizes and flush modes; copy();
# decompressobj with max_length, unconsumed_tail, unused_data, eof, flush, zdict.
import zlib


def lcg_bytes(n, seed, alphabet=256):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) % alphabet)
    return bytes(out)


def show(tag, c):
    if len(c) <= 40:
        print(tag, c.hex())
    else:
        print(tag, len(c), zlib.crc32(c))


text = b'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ' * 40
data = text + lcg_bytes(3000, 5, 8) + bytes(2000) + text

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY,
                 zlib.Z_RLE, zlib.Z_FIXED):
    for level in (1, 4, 6, 9):
        co = zlib.compressobj(level, zlib.DEFLATED, 15, 8, strategy)
        c = co.compress(data) + co.flush()
        show('strategy %d level %d:' % (strategy, level), c)
        assert zlib.decompress(c) == data

for mem in range(1, 10):
    co = zlib.compressobj(6, zlib.DEFLATED, -12, mem)
    show('memLevel %d:' % mem, co.compress(data) + co.flush())

# Flush modes in the middle of a stream.
co = zlib.compressobj(6)
parts = [co.compress(b'first part ')]
for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH,
             zlib.Z_BLOCK, zlib.Z_NO_FLUSH):
    parts.append(co.compress(b'more data ' * 3))
    parts.append(co.flush(mode))
parts.append(co.compress(b'last'))
parts.append(co.flush(zlib.Z_FINISH))
for p in parts:
    print(p.hex())
stream = b''.join(parts)
print(zlib.decompress(stream))

# Level 0 streams depend on the output room of each call.
for size in (10, 40000, 70000, 200000):
    co = zlib.compressobj(0)
    c = co.compress(bytes(size)) + co.flush()
    show('stored %d:' % size, c)
co = zlib.compressobj(0, wbits=-9, memLevel=1)
out = b''.join(co.compress(b'abcdefgh' * n) for n in range(1, 200)) + co.flush()
show('stored chunks:', out)

# copy() forks a stream.
co = zlib.compressobj(9)
head = co.compress(text)
c2 = co.copy()
a = head + co.compress(b'branch A') + co.flush()
b = head + c2.compress(b'branch B') + c2.flush()
print(zlib.decompress(a)[-8:], zlib.decompress(b)[-8:])

# Dictionaries.
zdict = b'consectetur adipiscing elit Lorem ipsum'
co = zlib.compressobj(zdict=zdict)
c = co.compress(text[:200]) + co.flush()
show('zdict stream:', c)
print(zlib.decompressobj(zdict=zdict).decompress(c) == text[:200])
co = zlib.compressobj(wbits=-15, zdict=zdict)
c = co.compress(text[:200]) + co.flush()
show('raw zdict stream:', c)
print(zlib.decompressobj(wbits=-15, zdict=zdict).decompress(c) == text[:200])
print(zlib.decompressobj(wbits=-15, zdict=bytearray(zdict)).decompress(c) == text[:200])

# Decompression in pieces with max_length.
comp = zlib.compress(data)
d = zlib.decompressobj()
out = []
pos = 0
while not d.eof:
    chunk = d.unconsumed_tail + comp[pos:pos + 97]
    pos += 97
    out.append(d.decompress(chunk, 500))
    print(len(out[-1]), len(d.unconsumed_tail), d.eof, end='; ')
print()
print(b''.join(out) == data, d.unused_data)

d = zlib.decompressobj()
print(len(d.decompress(comp + b'trailing junk')), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b'more'), d.unused_data)
print(d.flush(), d.eof)

d = zlib.decompressobj()
x = d.decompress(comp[:-10])
print(len(x), d.eof, d.flush() == data[len(x):], d.eof)
d2 = zlib.decompressobj()
d2.decompress(comp[:100])
d3 = d2.copy()
print(d2.decompress(comp[100:]) == d3.decompress(comp[100:]))

d = zlib.decompressobj()
print(len(d.decompress(comp, 10)), len(d.unconsumed_tail))
print(len(d.flush()), d.unconsumed_tail, d.eof)

# gzip and raw containers through decompressobj.
for wbits in (-15, 31):
    co = zlib.compressobj(wbits=wbits)
    c = co.compress(text) + co.flush()
    d = zlib.decompressobj(wbits)
    print(wbits, d.decompress(c) == text, d.eof)
d = zlib.decompressobj(47)
print(d.decompress(zlib.compress(b'auto', wbits=31)), d.decompress(b''), d.eof)
