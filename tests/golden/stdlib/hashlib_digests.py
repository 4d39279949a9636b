# hashlib: the six digests, one-shot and incremental, over lengths around the block
# and padding boundaries, and for every kind of bytes-like input.
import hashlib

NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']

for name in NAMES:
    ctor = getattr(hashlib, name)
    print(name, ctor().hexdigest())
    print(name, ctor(b'abc').hexdigest())
    print(name, ctor(b'The quick brown fox jumps over the lazy dog').digest())

# Deterministic data without random: lengths on both sides of 55/56, 64, 111/112, 128.
data = bytes((i * 131 + 7) % 256 for i in range(600))
for n in [1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 255, 256, 600]:
    for name in NAMES:
        one = hashlib.new(name, data[:n]).hexdigest()
        h = hashlib.new(name)
        for i in range(0, n, 13):
            h.update(data[i:i + 13])
        print(n, name, one, h.hexdigest() == one)

# A long message: many blocks in one update, then byte by byte.
big = b'a' * 1000000
print(hashlib.sha1(big).hexdigest())
print(hashlib.sha256(big).hexdigest())
print(hashlib.sha512(big).hexdigest())
h = hashlib.md5()
for b in b'message digest':
    h.update(bytes([b]))
print(h.hexdigest())

# Input types.
print(hashlib.sha256(bytearray(b'abc')).hexdigest())
print(hashlib.sha256(memoryview(b'xabcx')[1:4]).hexdigest())
class B(bytes):
    pass
print(hashlib.sha256(B(b'abc')).hexdigest())
print(hashlib.md5(string=b'abc').hexdigest())
print(hashlib.md5(b'abc', usedforsecurity=False).hexdigest())
print(hashlib.new('sha1', data=b'abc').hexdigest())
print(hashlib.new('sha1', b'abc', usedforsecurity=False).hexdigest())

# digest() and hexdigest() do not finish the object.
h = hashlib.sha224(b'ab')
first = h.digest()
h.update(b'c')
print(first.hex(), h.hexdigest(), h.digest() == hashlib.sha224(b'abc').digest())
print(type(h.digest()).__name__, type(h.hexdigest()).__name__, len(h.digest()))
