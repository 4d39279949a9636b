# zlib.compress at every level and wbits: the exact bytes (or length and checksums of
# long outputs), and round trips through zlib.decompress.
import zlib


def lcg_bytes(n, seed, alphabet=256):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) % alphabet)
    return bytes(out)


def show(tag, c):
    if len(c) <= 48:
        print(tag, c.hex())
    else:
        print(tag, len(c), zlib.crc32(c), zlib.adler32(c))


words = b' '.join([b'the', b'quick', b'brown', b'fox', b'jumps', b'over', b'the', b'lazy', b'dog'])
inputs = [
    ('empty', b''),
    ('one', b'a'),
    ('short', b'hello world'),
    ('repeat', b'hello hello hello hello world'),
    ('bytes', bytes(range(256))),
    ('text', words * 200),
    ('runs', b'a' * 1000 + b'b' * 3000 + b'abc' * 500),
    ('zeros', bytes(70000)),
    ('random', lcg_bytes(5000, 1)),
    ('alpha4', lcg_bytes(20000, 2, 4)),
    ('mixed', (lcg_bytes(300, 3) + words) * 90),
]

for name, data in inputs:
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        show('%s level %d:' % (name, level), c)
        assert zlib.decompress(c) == data

for name, data in inputs[:6] + inputs[8:9]:
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        c = zlib.compress(data, 6, wbits)
        show('%s wbits %d:' % (name, wbits), c)
        print('  round trip', zlib.decompress(c, wbits) == data)

print(zlib.compress(b'abc', wbits=8).hex())
print(zlib.compress(b'abc', level=zlib.Z_BEST_SPEED).hex())
print(zlib.compress(bytearray(b'abc')).hex(), zlib.compress(memoryview(b'xabcx')[1:4]).hex())
big = lcg_bytes(60000, 9, 16) * 2
for level in (0, 1, 6, 9):
    show('big level %d:' % level, zlib.compress(big, level))
print(zlib.decompress(zlib.compress(big)) == big)
print(zlib.decompress(zlib.compress(big), bufsize=1) == big)
print(zlib.decompress(zlib.compress(b'x' * 100000), 15, 10) == b'x' * 100000)
for wbits in (0, 15, 47, 32 + 9):
    try:
        print(wbits, zlib.decompress(zlib.compress(b'auto window', 5, 9), wbits))
    except zlib.error as e:
        print(wbits, type(e).__name__, e)
print(zlib.decompress(zlib.compress(b'gz', wbits=31), 47), zlib.decompress(zlib.compress(b'gz', wbits=31), 16))
